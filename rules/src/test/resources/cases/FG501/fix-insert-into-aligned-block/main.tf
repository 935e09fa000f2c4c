resource "aws_cloudwatch_log_group" "jobs" {
  name       = "/acme/prod/jobs"
  kms_key_id = "alias/logs"
}

resource "aws_cloudwatch_log_group" "api" {
  name = "/acme/dev/api"
  tags = {
    Team = "web"
  }

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_cloudwatch_log_group" "empty" {}
