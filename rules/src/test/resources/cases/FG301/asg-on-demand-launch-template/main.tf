resource "aws_launch_template" "gpu" {
  name_prefix   = "gpu-"
  image_id      = "ami-12345678"
  instance_type = "g5.xlarge"
}

resource "aws_autoscaling_group" "training" {
  min_size            = 0
  max_size            = 4
  vpc_zone_identifier = ["subnet-1"]

  launch_template {  # expect: aws_autoscaling_group.training
    id      = aws_launch_template.gpu.id
    version = "$Latest"
  }
}
