resource "aws_launch_template" "training" {
  name_prefix   = "training-"
  image_id      = "ami-12345678"
  instance_type = "p5.48xlarge"

  instance_market_options {
    market_type = "capacity-block"  # expect: aws_launch_template.training
  }
}
