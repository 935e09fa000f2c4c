variable "region" {
  type = string
}

variable "index" {
  type = number
}

resource "terraform_data" "this" {
  input = "${var.region}-${var.index}"
}

output "zone" {
  value = "${var.region}${substr("abc", var.index, 1)}"
}
