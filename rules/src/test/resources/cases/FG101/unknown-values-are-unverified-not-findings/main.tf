variable "tags" {
  type = map(string)
}

variable "owner" {
  type = string
}

resource "aws_s3_bucket" "whole_map_unknown" {
  bucket = "mlplat-a"
  tags   = var.tags
}

resource "aws_s3_bucket" "one_value_unknown" {
  bucket = "mlplat-b"
  tags = {
    Project     = "mlplat"
    Team        = "data"
    Environment = "prod"
    CostCenter  = "cc-4120"
    Owner       = var.owner
  }
}

resource "aws_s3_bucket" "unknown_but_missing_anyway" {
  bucket = "mlplat-c"
  tags = {
    Project     = "mlplat"
    Team        = "data"
    Environment = "prod"
    Owner       = var.owner
  }
}
