resource "aws_s3_bucket" "data" {  # expect: aws_s3_bucket.data
  bucket = "acme-training-data"
}
