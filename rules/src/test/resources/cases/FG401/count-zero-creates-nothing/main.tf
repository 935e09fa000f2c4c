variable "enable_scratch" {
  default = false
}

# count = 0: Terraform creates no bucket, so there is nothing to check
resource "aws_s3_bucket" "scratch" {
  count  = var.enable_scratch ? 1 : 0
  bucket = "acme-scratch"
}

# an empty for_each creates nothing either
resource "aws_s3_bucket" "per_team" {
  for_each = toset([])
  bucket   = "acme-${each.key}"
}
