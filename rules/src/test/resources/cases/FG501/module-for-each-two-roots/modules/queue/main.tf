variable "name" {
  type = string
}

resource "aws_cloudwatch_log_group" "consumer" {
  name = "/acme/prod/${var.name}"
}
