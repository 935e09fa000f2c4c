resource "aws_s3_bucket" "artifacts" {  # expect: aws_s3_bucket.artifacts
  bucket = "acme-artifacts"
}

resource "aws_s3_bucket_versioning" "artifacts" {
  bucket = "acme-artifacts"

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id

  rule {
    id     = "checkpoints"
    status = "Enabled"

    filter {
      prefix = "checkpoints/"
    }

    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}
