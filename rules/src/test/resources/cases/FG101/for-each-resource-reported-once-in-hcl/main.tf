resource "aws_s3_bucket" "per_team" {
  for_each = toset(["data", "models"])
  bucket   = "mlplat-${each.key}"
  tags = {
    Project = "mlplat"
    Team    = each.key
  }
}
