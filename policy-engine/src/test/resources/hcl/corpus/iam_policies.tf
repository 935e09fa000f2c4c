data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition
  bucket_arns = [for b in values(aws_s3_bucket.data) : b.arn]
}

data "aws_iam_policy_document" "training" {
  statement {
    sid     = "ReadTrainingData"
    effect  = "Allow"
    actions = ["s3:GetObject", "s3:ListBucket"]
    resources = concat(local.bucket_arns, [for arn in local.bucket_arns : "${arn}/*"])
  }

  dynamic "statement" {
    for_each = var.extra_statements
    content {
      sid       = statement.value.sid
      effect    = lookup(statement.value, "effect", "Allow")
      actions   = statement.value.actions
      resources = statement.value.resources

      dynamic "condition" {
        for_each = try(statement.value.conditions, [])
        content {
          test     = condition.value.test
          variable = condition.value.variable
          values   = condition.value.values
        }
      }
    }
  }
}

resource "aws_iam_policy" "training" {
  name   = "${var.name}-training"
  policy = data.aws_iam_policy_document.training.json
}

resource "aws_iam_role" "lambda" {
  for_each = var.functions
  name     = "${var.name}-${each.key}-lambda"

  assume_role_policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": { "Service": "lambda.amazonaws.com" },
          "Action": "sts:AssumeRole"
        }
      ]
    }
  EOF
}

resource "aws_iam_role_policy" "lambda_logs" {
  for_each = var.functions
  name     = "logs"
  role     = aws_iam_role.lambda[each.key].id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Action = [
          "logs:CreateLogStream",
          "logs:PutLogEvents",
        ]
        Resource = "arn:${local.partition}:logs:*:${local.account_id}:log-group:/aws/lambda/${var.name}-${each.key}:*"
      },
      {
        Effect   = "Allow"
        Action   = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"]
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_policy" "boundary" {
  name        = "${var.name}-boundary"
  description = "Permissions boundary for ${var.name} workloads"
  policy      = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
%{ for i, region in var.allowed_regions ~}
    {
      "Sid": "AllowRegion${i}",
      "Effect": "Allow",
      "NotAction": ["iam:*", "organizations:*"],
      "Resource": "*",
      "Condition": { "StringEquals": { "aws:RequestedRegion": "${region}" } }
    }%{ if i < length(var.allowed_regions) - 1 },%{ endif }
%{ endfor ~}
  ]
}
EOT
}
