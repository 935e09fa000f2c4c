resource "aws_cloudwatch_log_group" "worker" {
  name = "svc-dev-worker"
  retention_in_days = 14  # expect: aws_cloudwatch_log_group.worker
}

resource "aws_cloudwatch_log_group" "devices" {
  name = "/acme/devices/api"
  retention_in_days = 30
}

resource "aws_cloudwatch_log_group" "prd" {
  name = "acme_prd_api"
  retention_in_days = 60  # expect: aws_cloudwatch_log_group.prd
}

resource "aws_cloudwatch_log_group" "development" {
  name = "/development/api"
  retention_in_days = 7
}
