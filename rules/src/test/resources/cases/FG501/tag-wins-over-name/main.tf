resource "aws_cloudwatch_log_group" "api" {
  name = "/acme/prod/api"
  retention_in_days = 14  # expect: aws_cloudwatch_log_group.api
  tags = {
    Environment = "dev"
  }
}
