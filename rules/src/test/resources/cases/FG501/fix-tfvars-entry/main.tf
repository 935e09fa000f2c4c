variable "log_retention_days" {
  type = number
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/acme/prod/api"
  retention_in_days = var.log_retention_days
}
