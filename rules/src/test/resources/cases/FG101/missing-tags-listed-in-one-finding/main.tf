resource "aws_s3_bucket" "data" {
  bucket = "mlplat-data"
  tags = {
    Project = "mlplat"
    Team    = "ml-platform"
  }
}

resource "aws_s3_bucket" "complete" {
  bucket = "mlplat-complete"
  tags = {
    Project     = "mlplat"
    Team        = "ml-platform"
    Environment = "dev"
    CostCenter  = "cc-4120"
    Owner       = "ml-oncall"
  }
}
