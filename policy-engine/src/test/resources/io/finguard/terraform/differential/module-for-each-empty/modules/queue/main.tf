variable "key" {
  type = string
}

resource "terraform_data" "this" {
  input = var.key
}

output "out" {
  value = "queue-${var.key}"
}
