variable "env" {
  type = string
}

variable "retention" {
  type = number
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/acme/${var.env}/app"
  retention_in_days = var.retention  # expect: module.logging.aws_cloudwatch_log_group.app
}
