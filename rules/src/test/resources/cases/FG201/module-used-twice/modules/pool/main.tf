variable "name" {
  type = string
}

resource "aws_autoscaling_group" "this" {
  name             = var.name
  min_size         = 1
  desired_capacity = 2
  max_size         = 30
}
