resource "aws_cloudwatch_log_group" "jobs" {
  name = "/acme/prod/jobs"
  retention_in_days = 0  # expect: aws_cloudwatch_log_group.jobs
}
