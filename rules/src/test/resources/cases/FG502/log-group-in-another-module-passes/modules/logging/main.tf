resource "aws_cloudwatch_log_group" "hook" {
  name              = "/aws/lambda/acme-prod-hook"
  retention_in_days = 30
}
