variable "x" {
  type = string
}

resource "terraform_data" "this" {
  input = var.x
}

output "out" {
  value = "${var.x}!"
}
