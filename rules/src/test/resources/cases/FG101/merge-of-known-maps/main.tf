resource "aws_s3_bucket" "data" {
  bucket = "mlplat-data"
  tags = merge(local.base_tags, {
    Name = "mlplat-data"
  })
}

locals {
  base_tags = {
    Project = "mlplat"
    Team    = "data"
  }
}
