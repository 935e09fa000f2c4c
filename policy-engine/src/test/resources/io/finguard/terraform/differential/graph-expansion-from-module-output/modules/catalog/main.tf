variable "prefix" {
  type = string
}

resource "terraform_data" "this" {
  input = var.prefix
}

output "entries" {
  value = { for i, n in ["alpha", "beta"] : "${var.prefix}-${n}" => 8000 + i }
}
