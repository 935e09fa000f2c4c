variable "name" {
  type = string
}

variable "port" {
  type = number
}

resource "terraform_data" "this" {
  input = { name = var.name, port = var.port }
}

output "endpoint" {
  value = "${var.name}:${var.port}"
}
