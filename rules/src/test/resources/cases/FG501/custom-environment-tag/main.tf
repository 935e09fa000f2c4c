resource "aws_cloudwatch_log_group" "api" {
  name = "/acme/api"
  retention_in_days = 30  # expect: aws_cloudwatch_log_group.api
  tags = {
    Stage = "dev"
    Environment = "prod"
  }
}
