resource "aws_cloudwatch_log_group" "api" {
  name = "/acme/staging/api"
  retention_in_days = 30  # expect: aws_cloudwatch_log_group.api
}

resource "aws_cloudwatch_log_group" "stg" {
  name = "acme-stg-api"
  retention_in_days = 14
}
