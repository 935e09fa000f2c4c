variable "name" {
  type = string
}

variable "tags" {
  type = map(string)
}

resource "aws_cloudwatch_log_group" "this" {
  name = var.name
  tags = var.tags
}
