resource "aws_instance" "compliant" {
  instance_type = "t3.micro"
  tags = {
    Owner = "ml-team"
  }
}

resource "aws_instance" "no_owner" {
  instance_type = "t3.micro"
  tags = {
    Team = "ml"
  }
}

resource "aws_instance" "gpu" {
  instance_type = "p3.2xlarge"
  tags = {
    Owner = "ml-team"
  }
}

resource "aws_instance" "big_volume_on_gp2" {
  instance_type = "m5.large"
  tags          = { Owner = "data" }
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 1000
  }
  root_block_device {
    volume_type = "gp2"
  }
}

resource "aws_instance" "big_volume_on_gp3" {
  instance_type = "m5.large"
  tags          = { Owner = "data" }
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 1000
  }
  root_block_device {
    volume_type = "gp3"
  }
}

resource "aws_instance" "none_created" {
  count         = 0
  instance_type = "p4d.24xlarge"
}

resource "aws_s3_bucket" "other_type" {
  bucket = "not-checked"
}
