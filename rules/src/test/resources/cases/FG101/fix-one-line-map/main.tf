resource "aws_s3_bucket" "data" {
  bucket = "mlplat-data"
  tags   = { Project = "mlplat", Team = "data", Environment = "prod" }
}
