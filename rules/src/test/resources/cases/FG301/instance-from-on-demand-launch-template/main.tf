resource "aws_launch_template" "gpu" {
  name_prefix   = "gpu-"
  image_id      = "ami-12345678"
  instance_type = "g5.xlarge"
}

resource "aws_instance" "trainer" {  # expect: aws_instance.trainer
  launch_template {
    id      = aws_launch_template.gpu.id
    version = "$Latest"
  }
}
