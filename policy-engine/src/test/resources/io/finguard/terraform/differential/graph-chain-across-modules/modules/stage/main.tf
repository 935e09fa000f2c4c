variable "name" {
  type = string
}

variable "input" {
  type = string
}

variable "extra" {
  type = string
}

resource "terraform_data" "this" {
  input = { name = var.name, input = var.input, extra = var.extra }
}

output "out" {
  value = "${var.input}>${var.name}"
}

# depends on var.name only
output "label" {
  value = "label-${var.name}"
}

output "seen_extra" {
  value = var.extra
}
