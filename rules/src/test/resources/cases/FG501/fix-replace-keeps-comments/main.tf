# Retention of the API logs, agreed with security in 2025.
resource "aws_cloudwatch_log_group" "api" {
  name              = "/acme/prod/api" # the public API
  retention_in_days = 3653             # a decade, just in case
  skip_destroy      = true             # keep the group on destroy
  log_group_class   = "STANDARD"

  tags = {
    Environment = "prod" # cost allocation
  }
}

resource "aws_cloudwatch_log_group" "batch" {
  name              = "/acme/staging/batch"
  retention_in_days = 0 // forever
}

resource "aws_cloudwatch_log_group" "reports" {
  name              = "/acme/dev/reports"
  retention_in_days = "90"
}
