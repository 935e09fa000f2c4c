resource "aws_s3_bucket" "data" {  # expect: module.storage.aws_s3_bucket.data
  bucket_prefix = "acme-data-"
}
