resource "aws_cloudwatch_log_group" "qa" {
  name = "/acme/api"
  tags = { Environment = "qa" }
}

resource "aws_cloudwatch_log_group" "batch" {
  name              = "/acme/batch"
  retention_in_days = 90
}
