resource "aws_s3_bucket" "data" {  # expect: aws_s3_bucket.data
  bucket = "acme-training-data"
}

resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    id     = "markers"
    status = "Enabled"
    filter {}

    expiration {
      expired_object_delete_marker = true
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}
