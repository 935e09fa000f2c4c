variable "z" {
  type = string
}

variable "source_name" {
  type = string
}

resource "terraform_data" "this" {
  input = { name = var.z, replica_of = var.source_name }
}

# only var.z: what module.a reads does not wait for module.a
output "other" {
  value = "bucket-${var.z}"
}

output "pair" {
  value = "${var.source_name}->bucket-${var.z}"
}
