variable "key" {
  type = string
}

variable "value" {
  type = string
}

resource "terraform_data" "this" {
  input = { key = var.key, value = var.value }
}

output "out" {
  value = "queue-${var.key}"
}
