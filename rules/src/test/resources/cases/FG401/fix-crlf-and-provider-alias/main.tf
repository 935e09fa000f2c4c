provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

resource "aws_s3_bucket" "replica" {
  provider = aws.dr
  bucket   = "acme-replica"
}

resource "aws_s3_bucket" "scratch" {
  bucket = "acme-scratch"
}
