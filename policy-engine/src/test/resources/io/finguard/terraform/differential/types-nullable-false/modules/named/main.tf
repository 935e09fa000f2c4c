variable "name" {
  type     = string
  default  = "fallback"
  nullable = false
}

variable "optional" {
  type    = string
  default = "unused-default"
}

resource "terraform_data" "this" {
  input = { name = var.name, upper = upper(var.name), optional = var.optional }
}

output "name" {
  value = var.name
}

output "optional" {
  value = var.optional
}
