variable "name" {
  type = string
}

variable "max_size" {
  type = number
}

resource "aws_autoscaling_group" "this" {
  name     = var.name
  min_size = 1
  max_size = var.max_size
}
