locals {
  default_tags = {
    Project     = "mlplat"
    Team        = "data"
    Environment = "prod"
  }
}

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = local.default_tags
  }
}

resource "aws_s3_bucket" "data" {
  bucket = "mlplat-data"
}
