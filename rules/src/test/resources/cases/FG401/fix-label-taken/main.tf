resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

# configures a bucket of another stack, by name
resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = "acme-legacy-data"

  rule {
    id     = "expire"
    status = "Enabled"
    filter {}

    expiration {
      days = 30
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}
