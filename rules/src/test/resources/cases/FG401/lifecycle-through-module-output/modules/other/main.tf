resource "aws_s3_bucket" "this" {
  bucket_prefix = "acme-other-"
}

output "bucket_id" {
  value = aws_s3_bucket.this.id
}
