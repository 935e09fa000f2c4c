module "a" {
  source = "./modules/bare"
  name   = "acme-a"
}

module "b" {
  source = "./modules/bare"
  name   = "acme-b"
}

resource "aws_s3_bucket_lifecycle_configuration" "a" {
  bucket = "acme-a"

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
