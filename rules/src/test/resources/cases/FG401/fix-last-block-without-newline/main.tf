variable "env" {
  default = "prod"
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-${var.env}-data"
}