resource "aws_launch_configuration" "gpu" {
  name_prefix   = "gpu-"
  image_id      = "ami-12345678"
  instance_type = "g5.xlarge"
  spot_price    = "0.60"
}

resource "aws_autoscaling_group" "training" {
  min_size             = 0
  max_size             = 4
  vpc_zone_identifier  = ["subnet-1"]
  launch_configuration = aws_launch_configuration.gpu.name
}
