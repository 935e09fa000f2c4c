provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      Environment = "dev"
    }
  }
}

resource "aws_cloudwatch_log_group" "api" {
  name = "/acme/api"
  retention_in_days = 14  # expect: aws_cloudwatch_log_group.api
}
