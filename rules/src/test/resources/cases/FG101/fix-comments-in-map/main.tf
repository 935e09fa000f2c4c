resource "aws_s3_bucket" "data" {
  bucket = "mlplat-data"
  tags = {
    # who pays for it
    Project = "mlplat" # the product
    Team    = "data"
    // reviewed 2026-01 by finance
  }
}

resource "aws_s3_bucket" "inline_comment" {
  bucket = "mlplat-inline"
  tags   = { Project = "mlplat" /* the product */, Owner = "ml-oncall" }
}
