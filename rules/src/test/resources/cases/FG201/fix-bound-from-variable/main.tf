variable "max_workers" {
  type    = number
  default = 50
}

locals {
  burst = 40
}

resource "aws_autoscaling_group" "from_variable" {
  name     = "a"
  min_size = 1
  max_size = var.max_workers
}

resource "aws_autoscaling_group" "from_local" {
  name     = "b"
  min_size = 1
  max_size = local.burst * 2
}
