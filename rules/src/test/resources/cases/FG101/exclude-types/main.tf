resource "aws_s3_bucket" "data" {
  bucket = "mlplat-data"
}

resource "aws_sqs_queue" "jobs" {
  name = "mlplat-jobs"
}
