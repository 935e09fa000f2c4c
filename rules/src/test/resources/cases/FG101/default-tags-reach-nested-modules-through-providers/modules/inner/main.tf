resource "aws_sqs_queue" "inner" {
  name = "inner"
}
