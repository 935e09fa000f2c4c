resource "aws_s3_bucket" "data" {
  bucket = "acme-training-data"
}

resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = "acme-training-data"

  rule {
    id     = "tiering"
    status = "Enabled"
    filter {}

    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }

    noncurrent_version_expiration {
      noncurrent_days = 90
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}
