resource "aws_cloudwatch_log_group" "api" {
  name = "/acme/prod/api"
  retention_in_days = 90
}

resource "aws_cloudwatch_log_group" "qa" {
  name = "/acme/api"
  retention_in_days = 60
  tags = {
    Environment = "qa"
  }
}
