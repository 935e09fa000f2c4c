locals {
  log_days = 90
}

resource "aws_cloudwatch_log_group" "prod" {
  name              = "/acme/prod/api"
  retention_in_days = local.log_days
}

resource "aws_cloudwatch_log_group" "dev" {
  name              = "/acme/dev/api"
  retention_in_days = local.log_days
}

module "audit" {
  source = "./modules/audit"

  days = local.log_days
}
