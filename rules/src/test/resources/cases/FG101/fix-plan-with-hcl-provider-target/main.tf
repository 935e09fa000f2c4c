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

resource "aws_s3_bucket" "west" {
  provider = aws.us_west
  bucket   = "b-west"
  tags = {
    Name = "west"
  }
}

resource "aws_s3_bucket" "west_complete" {
  provider = aws.us_west
  bucket   = "b-west_complete"
  tags = {
    CostCenter = "cc-1"
  }
}
