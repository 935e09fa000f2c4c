resource "aws_sqs_queue" "jobs" {
  name = "mlplat-jobs"
  tags = {}
}

resource "aws_sns_topic" "alerts" {
  name = "mlplat-alerts"
  tags = null
}

resource "aws_s3_bucket" "scratch" { bucket = "mlplat-scratch" }

resource "aws_ecr_repository" "models" {
  name = "mlplat-models"

  image_scanning_configuration {
    scan_on_push = true
  }
}
