provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "us_west"
  region = "us-west-2"

  default_tags {
    tags = {
      Project     = "mlplat"
      Team        = "ml-platform"
      Environment = "prod"
      Owner       = "ml-oncall"
    }
  }
}

resource "aws_s3_bucket" "replica" {
  provider = aws.us_west
  bucket   = "mlplat-replica"
  tags = {
    Name = "mlplat-replica"
  }
}

resource "aws_kms_key" "replica" {
  provider    = aws.us_west
  description = "replica key"
  tags = {
    CostCenter = "cc-4120"
  }
}

resource "aws_s3_bucket" "primary" {
  bucket = "mlplat-primary"
  tags = {
    Name = "mlplat-primary"
  }
}
