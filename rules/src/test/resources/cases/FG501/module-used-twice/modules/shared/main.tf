variable "env" {
  type = string
}

resource "aws_cloudwatch_log_group" "app" {
  name = "/acme/${var.env}/app"
}
