variable "env" {
  type    = string
  default = "prod"
}

locals {
  days = 90
}

resource "aws_cloudwatch_log_group" "from_local" {
  name              = "/acme/prod/api"
  retention_in_days = local.days
}

resource "aws_cloudwatch_log_group" "from_condition" {
  name              = "/acme/prod/worker"
  retention_in_days = var.env == "prod" ? 400 : 7
}

resource "aws_cloudwatch_log_group" "literal" {
  name              = "/acme/prod/jobs"
  retention_in_days = 60
}
