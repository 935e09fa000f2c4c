variable "days" {
  type = number
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "/acme/prod/trail"
  retention_in_days = var.days
}

output "kept_for" {
  value = "${var.days} days"
}
