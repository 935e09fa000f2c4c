variable "name" {
  type = string
}

variable "spec" {
  type = object({ replicas = number, tier = string })
}

resource "terraform_data" "this" {
  input = { name = var.name, replicas = var.spec.replicas, tier = var.spec.tier }
}

output "out" {
  value = "${var.name}:${var.spec.tier}x${var.spec.replicas}"
}
