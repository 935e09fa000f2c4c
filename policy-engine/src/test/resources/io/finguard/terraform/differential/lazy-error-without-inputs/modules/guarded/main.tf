variable "name" {
  type = string
}

locals {
  from_input = lower(var.name)
  first      = split("-", var.name)[0]
  constant   = lower(null)
}

resource "terraform_data" "this" {
  input = {
    name  = local.from_input
    first = local.first
    upper = upper(var.name)
  }
}
