resource "aws_s3_bucket" "data" {
    bucket = "mlplat-data"
    tags = {
        Project = "mlplat"
    }
}

resource "aws_sqs_queue" "jobs" {
    name                      = "mlplat-jobs"
    message_retention_seconds = 86400

    redrive_policy = jsonencode({ maxReceiveCount = 5 })
}
