resource "aws_cloudwatch_log_group" "jobs" {
  name = "/acme/prod/jobs"
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/acme/dev/api"
  retention_in_days = 0 # never
}
