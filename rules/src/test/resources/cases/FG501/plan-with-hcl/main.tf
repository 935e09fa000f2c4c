resource "aws_cloudwatch_log_group" "jobs" {  # expect: aws_cloudwatch_log_group.jobs
  name = "/exports/prod/jobs"
}
