variable "name" {
  type = string
}

variable "index" {
  type = number
}

resource "terraform_data" "this" {
  input = { name = var.name, index = var.index }
}

output "out" {
  value = "worker-${var.name}"
}
