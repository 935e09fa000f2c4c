resource "aws_s3_bucket" "data" {  # expect: aws_s3_bucket.data
  bucket = "acme-training-data"
}

resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    id     = "expire"
    status = "Enabled"
    filter {}

    expiration {
      days = 90
    }
  }
}
