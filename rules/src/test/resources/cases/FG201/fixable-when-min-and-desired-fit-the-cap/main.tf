resource "aws_autoscaling_group" "fits" {
  name             = "a"
  min_size         = 2
  desired_capacity = 10
  max_size         = 30
}

resource "aws_autoscaling_group" "desired_would_not_fit" {
  name             = "b"
  min_size         = 2
  desired_capacity = 25
  max_size         = 30
}

resource "aws_autoscaling_group" "only_desired_above_max" {
  name             = "c"
  min_size         = 2
  desired_capacity = 16
  max_size         = 12
}
