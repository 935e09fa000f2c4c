resource "aws_s3_bucket" "team" {
  for_each = toset(["ml", "data"])

  bucket = "acme-${each.key}"
}
