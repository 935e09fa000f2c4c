provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      Project     = "mlplat"
      Team        = "ml-platform"
      Environment = "prod"
      CostCenter  = "cc-4120"
      Owner       = "ml-oncall"
    }
  }
}

resource "aws_s3_bucket" "data" {
  bucket = "mlplat-data"
  tags = {
    Name = "mlplat-data"
  }
}

resource "aws_sqs_queue" "jobs" {
  name = "mlplat-jobs"
}
