module "storage" {
  source = "./modules/storage"
}

module "other" {
  source = "./modules/other"
}

resource "aws_s3_bucket_lifecycle_configuration" "other" {
  bucket = module.other.bucket_id

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
