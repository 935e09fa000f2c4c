resource "aws_s3_bucket" "prefixed" {
  bucket = "mlplat-prefixed"
  tags = {
    Project     = "mlplat"
    Team        = "data"
    Environment = "production"
    CostCenter  = "cc-4120"
    Owner       = "ml-oncall"
  }
}
