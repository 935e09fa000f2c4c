provider "aws" {
  region = "eu-west-1"

  default_tags {}
}

resource "aws_s3_bucket" "data" {
  bucket = "mlplat-data"
  tags   = { Name = "mlplat-data" }
}
