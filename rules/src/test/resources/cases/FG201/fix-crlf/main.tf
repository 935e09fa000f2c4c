resource "aws_autoscaling_group" "workers" {
  name             = "workers"
  min_size         = 1
  desired_capacity = 2
  max_size         = 64 # spiky
}
