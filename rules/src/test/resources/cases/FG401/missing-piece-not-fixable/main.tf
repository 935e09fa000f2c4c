locals {
  rules = [{ id = "expire", days = 90 }]
}

# rules from a dynamic block
resource "aws_s3_bucket" "dynamic" {
  bucket = "acme-dynamic"
}

resource "aws_s3_bucket_lifecycle_configuration" "dynamic" {
  bucket = aws_s3_bucket.dynamic.id

  dynamic "rule" {
    for_each = local.rules
    content {
      id     = rule.value.id
      status = "Enabled"
      filter {}

      expiration {
        days = rule.value.days
      }
    }
  }
}

# the deprecated rule-level prefix, limited to part of the bucket
resource "aws_s3_bucket" "prefixed" {
  bucket = "acme-prefixed"
}

resource "aws_s3_bucket_lifecycle_configuration" "prefixed" {
  bucket = aws_s3_bucket.prefixed.id

  rule {
    id     = "logs"
    status = "Enabled"
    prefix = "logs/"

    expiration {
      days = 90
    }
  }
}

# two configurations for one bucket
resource "aws_s3_bucket" "twice" {
  bucket = "acme-twice"
}

resource "aws_s3_bucket_lifecycle_configuration" "twice_a" {
  bucket = aws_s3_bucket.twice.id

  rule {
    id     = "expire"
    status = "Enabled"
    filter {}

    expiration {
      days = 90
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "twice_b" {
  bucket = aws_s3_bucket.twice.bucket

  rule {
    id     = "expire"
    status = "Enabled"
    filter {}

    expiration {
      days = 90
    }
  }
}

# inline rules beside a configuration
resource "aws_s3_bucket" "mixed" {
  bucket = "acme-mixed"

  lifecycle_rule {
    id      = "old"
    enabled = true

    expiration {
      days = 90
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "mixed" {
  bucket = aws_s3_bucket.mixed.id

  rule {
    id     = "expire"
    status = "Enabled"
    filter {}

    expiration {
      days = 90
    }
  }
}
