variable "tags" {
  type = map(string)
}

resource "aws_cloudwatch_log_group" "month" {
  name              = "/acme/api"
  retention_in_days = 30
  tags              = var.tags
}

resource "aws_cloudwatch_log_group" "week" {
  name              = "/acme/worker"
  retention_in_days = 7
  tags              = var.tags
}

resource "aws_cloudwatch_log_group" "forever" {  # expect: aws_cloudwatch_log_group.forever
  name = "/acme/audit"
  tags = var.tags
}
