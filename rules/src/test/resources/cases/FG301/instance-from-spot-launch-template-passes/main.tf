resource "aws_launch_template" "gpu" {
  name_prefix   = "gpu-"
  image_id      = "ami-12345678"
  instance_type = "g5.xlarge"

  instance_market_options {
    market_type = "spot"
  }
}

resource "aws_instance" "trainer" {
  launch_template {
    id      = aws_launch_template.gpu.id
    version = "$Latest"
  }
}
