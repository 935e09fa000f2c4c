resource "aws_instance" "trainer" {
  ami           = "ami-12345678"
  instance_type = "g5.xlarge"

  instance_market_options {
    market_type = "spot"

    spot_options {
      instance_interruption_behavior = "terminate"
    }
  }
}
