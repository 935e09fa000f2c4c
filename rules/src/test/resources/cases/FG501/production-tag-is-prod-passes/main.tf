resource "aws_cloudwatch_log_group" "audit" {
  name = "/acme/audit"
  retention_in_days = 30
  tags = {
    Environment = "production"
  }
}
