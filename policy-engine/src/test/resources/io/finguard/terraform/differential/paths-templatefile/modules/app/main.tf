variable "name" {
  type = string
}

variable "ports" {
  type = list(number)
}

resource "terraform_data" "this" {
  input = templatefile("${path.module}/templates/config.tftpl", { name = var.name, ports = var.ports, tls = true })
}

output "config" {
  value = templatefile("${path.module}/templates/config.tftpl", { name = upper(var.name), ports = [], tls = false })
}
