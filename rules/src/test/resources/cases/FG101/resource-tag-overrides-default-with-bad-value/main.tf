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

resource "aws_cloudwatch_log_group" "audit" {
  name              = "/mlplat/audit"
  retention_in_days = 30
  tags = {
    Environment = "production"
  }
}
