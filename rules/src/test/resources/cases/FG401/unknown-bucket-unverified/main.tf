variable "bucket_name" {
  type = string
}

resource "aws_s3_bucket" "data" {
  bucket_prefix = "acme-"
}

resource "aws_s3_bucket_lifecycle_configuration" "other" {
  bucket = var.bucket_name

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
