resource "aws_s3_bucket" "data" {
  bucket = "mlplat-data"
  tags = {
    project     = "mlplat"
    Team        = "ml-platform"
    Environment = "prod"
    costcenter  = "cc-4120"
    Owner       = "ml-oncall"
  }
}
