locals {
  base = { Project = "mlplat" }
}

variable "tags" {
  type    = map(string)
  default = { Team = "data" }
}

resource "aws_s3_bucket" "literal_last" {
  bucket = "mlplat-a"
  tags   = merge(local.base, var.tags, { Name = "mlplat-a" })
}

resource "aws_s3_bucket" "literal_first" {
  bucket = "mlplat-b"
  tags = merge({
    Name = "mlplat-b"
  }, local.base, var.tags)
}

resource "aws_s3_bucket" "no_literal" {
  bucket = "mlplat-c"
  tags   = merge(local.base, var.tags)
}

resource "aws_s3_bucket" "one_argument_a_line" {
  bucket = "mlplat-d"
  tags = merge(
    local.base,
    var.tags,
  )
}
