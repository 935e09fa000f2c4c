resource "aws_s3_bucket" "good" {
  bucket = "mlplat-good"
  tags = {
    Project     = "mlplat"
    Team        = "data"
    Environment = "staging"
    CostCenter  = "cc-4120"
    Owner       = "ml-oncall"
  }
}

resource "aws_s3_bucket" "bad" {
  bucket = "mlplat-bad"
  tags = {
    Project     = "mlplat"
    Team        = "marketing"
    Environment = "qa"
    CostCenter  = "4120"
    Owner       = "ml-oncall"
  }
}
