variable "name" {
  type = string
}

locals {
  lower_name = lower(var.name)
  first      = split("-", var.name)[0]
}

resource "terraform_data" "this" {
  input = { name = local.lower_name, first = local.first, len = length(var.name) }
}

output "lower_name" {
  value = local.lower_name
}
