resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"

  versioning {
    enabled = true
  }

  lifecycle_rule {
    id                                     = "expire"
    enabled                                = true
    abort_incomplete_multipart_upload_days = 7

    expiration {
      days = 365
    }

    noncurrent_version_expiration {
      days = 30
    }
  }
}
