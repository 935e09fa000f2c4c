variable "value" {
  type = any
}

variable "scalar" {
  type = any
}

variable "list" {
  type = list(any)
}

resource "terraform_data" "this" {
  input = {
    value  = var.value
    keys   = keys(var.value)
    scalar = var.scalar + 1
    list   = var.list
  }
}

output "value" {
  value = var.value
}
