variable "tags" {
  type = map(string)
}

resource "aws_sqs_queue" "this" {
  name = "mlplat-jobs"
  tags = var.tags
}
