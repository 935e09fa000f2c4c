provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      Project     = "mlplat"
      Environment = "prod"
    }
  }
}

resource "aws_s3_bucket" "fillable" {
  bucket = "mlplat-a"
  tags = {
    Team = "data"
  }
}

resource "aws_s3_bucket" "no_value_for_team" {
  bucket = "mlplat-b"
}

resource "aws_s3_bucket" "wrong_value" {
  bucket = "mlplat-c"
  tags = {
    Team        = "data"
    Environment = "production"
  }
}

resource "aws_autoscaling_group" "blocks" {
  name     = "workers"
  min_size = 0
  max_size = 2
}
