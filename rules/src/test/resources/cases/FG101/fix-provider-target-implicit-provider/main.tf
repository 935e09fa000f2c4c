resource "aws_s3_bucket" "data" {
  bucket = "mlplat-data"
}
