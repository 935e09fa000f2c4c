variable "index" {
  type = number
}

resource "aws_cloudwatch_log_group" "this" {
  name = "/acme/worker-${var.index}"
}
