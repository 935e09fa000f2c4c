variable "max_size" {
  type = number
}

variable "desired" {
  type = number
}

variable "launch_template_id" {
  type = string
}

resource "aws_autoscaling_group" "unknown_max" {
  name     = "a"
  min_size = 1
  max_size = var.max_size
}

resource "aws_autoscaling_group" "unknown_desired" {
  name             = "b"
  min_size         = 1
  max_size         = 10
  desired_capacity = var.desired
}

resource "aws_autoscaling_group" "template_outside_gpu_decides" {
  name     = "c"
  min_size = 0
  max_size = 12

  launch_template {
    id = var.launch_template_id
  }
}

resource "aws_autoscaling_group" "template_outside_small" {
  name     = "d"
  min_size = 0
  max_size = 8

  launch_template {
    id = var.launch_template_id
  }
}

resource "aws_autoscaling_group" "template_outside_too_big" {
  name     = "e"
  min_size = 0
  max_size = 25

  launch_template {
    id = var.launch_template_id
  }
}
