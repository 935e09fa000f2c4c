resource "aws_s3_bucket" "data" {
  bucket = "mlplat-data"
  tags = {
    Project     = "mlplat"
    Team        = "data"
    Environment = "prod"
    CostCenter  = "cc-4120"
    Owner       = ""
  }
}

resource "aws_s3_bucket" "blank" {
  bucket = "mlplat-blank"
  tags = {
    Project     = "mlplat"
    Team        = "  "
    Environment = "prod"
    CostCenter  = "cc-4120"
    Owner       = "ml-oncall"
  }
}
