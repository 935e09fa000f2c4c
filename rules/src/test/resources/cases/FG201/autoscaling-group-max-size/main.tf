resource "aws_autoscaling_group" "within" {
  name             = "workers"
  min_size         = 2
  desired_capacity = 4
  max_size         = 20
}

resource "aws_autoscaling_group" "above" {
  name             = "spiky"
  min_size         = 2
  desired_capacity = 4
  max_size         = 30
}
