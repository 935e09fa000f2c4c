resource "aws_spot_instance_request" "training" {
  ami           = "ami-12345678"
  instance_type = "g5.xlarge"
  spot_type     = "one-time"
}

resource "aws_spot_fleet_request" "training_fleet" {
  iam_fleet_role  = "arn:aws:iam::111122223333:role/fleet"
  target_capacity = 4

  launch_specification {
    ami           = "ami-12345678"
    instance_type = "g5.xlarge"
  }
}
