variable "default_tags" {
  type = map(string)
}

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = var.default_tags
  }
}

resource "aws_s3_bucket" "relies_on_defaults" {
  bucket = "mlplat-a"
}

resource "aws_s3_bucket" "complete_itself" {
  bucket = "mlplat-b"
  tags = {
    Project     = "mlplat"
    Team        = "data"
    Environment = "prod"
    CostCenter  = "cc-4120"
    Owner       = "ml-oncall"
  }
}

resource "aws_s3_bucket" "wrong_itself" {
  bucket = "mlplat-c"
  tags = {
    Environment = "live"
  }
}
