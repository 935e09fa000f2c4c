locals {
  buckets = {
    raw       = { versioned = true, expire_days = 365 }
    features  = { versioned = false, expire_days = 90 }
    artifacts = { versioned = true, expire_days = 730 }
  }
}

resource "aws_s3_bucket" "data" {
  for_each = local.buckets

  bucket        = "${var.project}-${var.environment}-${each.key}"
  force_destroy = var.environment != "prod"

  tags = merge(var.tags, {
    Name        = "${var.project}-${each.key}"
    Environment = var.environment
    DataClass   = each.key == "raw" ? "restricted" : "internal"
  })
}

resource "aws_s3_bucket_versioning" "data" {
  for_each = { for name, cfg in local.buckets : name => cfg if cfg.versioned }

  bucket = aws_s3_bucket.data[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "data" {
  for_each = local.buckets
  bucket   = aws_s3_bucket.data[each.key].id

  rule {
    id     = "tiering"
    status = "Enabled"

    filter {}

    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }

    transition {
      days          = 90
      storage_class = "GLACIER"
    }

    expiration {
      days = each.value.expire_days
    }

    noncurrent_version_expiration {
      noncurrent_days = 90
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  for_each = aws_s3_bucket.data
  bucket   = each.value.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "data" {
  for_each                = aws_s3_bucket.data
  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_policy" "artifacts" {
  bucket = aws_s3_bucket.data["artifacts"].id
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": [
        "${aws_s3_bucket.data["artifacts"].arn}",
        "${aws_s3_bucket.data["artifacts"].arn}/*"
      ],
      "Condition": { "Bool": { "aws:SecureTransport": "false" } }
    }
  ]
}
POLICY
}

# legacy inline configuration still found in older modules
resource "aws_s3_bucket" "logs" {
  bucket = "mlplatform-access-logs"
  acl    = "log-delivery-write"

  versioning {
    enabled = true
  }

  lifecycle_rule {
    id      = "expire"
    enabled = true
    prefix  = "logs/"

    expiration {
      days = 30
    }
  }
}
