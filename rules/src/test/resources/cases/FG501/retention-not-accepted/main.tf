resource "aws_cloudwatch_log_group" "jobs" {
  name = "/acme/prod/jobs"
  retention_in_days = 45  # expect: aws_cloudwatch_log_group.jobs
}

resource "aws_cloudwatch_log_group" "ok" {
  name = "/acme/prod/ok"
  retention_in_days = 14
}

resource "aws_cloudwatch_log_group" "year" {
  name = "/acme/other/year"
  retention_in_days = 400  # expect: aws_cloudwatch_log_group.year
}
