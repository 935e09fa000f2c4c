variable "x" {
  type = string
}

variable "peer" {
  type = string
}

resource "terraform_data" "this" {
  input = { name = var.x, replicates_to = var.peer }
}

# only var.x: what module.b reads does not wait for module.b
output "out" {
  value = "bucket-${var.x}"
}
