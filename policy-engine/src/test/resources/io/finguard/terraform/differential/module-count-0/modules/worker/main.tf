variable "name" {
  type = string
}

resource "terraform_data" "this" {
  input = var.name
}

output "out" {
  value = "worker-${var.name}"
}
