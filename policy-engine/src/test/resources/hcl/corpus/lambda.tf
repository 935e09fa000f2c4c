data "archive_file" "handler" {
  for_each    = var.functions
  type        = "zip"
  source_dir  = "${path.module}/src/${each.key}"
  output_path = "${path.module}/build/${each.key}.zip"
}

resource "aws_lambda_function" "this" {
  for_each = var.functions

  function_name    = "${var.name}-${each.key}"
  description      = lookup(each.value, "description", "Managed by Terraform")
  role             = aws_iam_role.lambda[each.key].arn
  handler          = each.value.handler
  runtime          = coalesce(each.value.runtime, "python3.12")
  filename         = data.archive_file.handler[each.key].output_path
  source_code_hash = data.archive_file.handler[each.key].output_base64sha256
  memory_size      = each.value.memory_mb
  timeout          = each.value.timeout_seconds
  architectures    = ["arm64"]

  environment {
    variables = merge({
      LOG_LEVEL   = var.environment == "prod" ? "INFO" : "DEBUG"
      BUCKET_NAME = var.bucket_name
      POWERTOOLS_SERVICE_NAME = each.key
    }, each.value.env)
  }

  dynamic "vpc_config" {
    for_each = length(var.subnet_ids) > 0 ? [1] : []
    content {
      subnet_ids         = var.subnet_ids
      security_group_ids = [aws_security_group.lambda.id]
    }
  }

  logging_config {
    log_format = "JSON"
    log_group  = aws_cloudwatch_log_group.lambda[each.key].name
  }

  tracing_config {
    mode = "Active"
  }

  tags = var.tags
}

resource "aws_cloudwatch_log_group" "lambda" {
  for_each          = var.functions
  name              = "/aws/lambda/${var.name}-${each.key}"
  retention_in_days = var.environment == "prod" ? 30 : 7
  tags              = var.tags
}

resource "aws_lambda_permission" "s3" {
  count         = var.enable_s3_trigger ? 1 : 0
  statement_id  = "AllowS3Invoke"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.this["ingest"].function_name
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::${var.bucket_name}"
}

resource "aws_lambda_function" "legacy_cleanup" {
  function_name = "legacy-cleanup"
  role          = "arn:aws:iam::123456789012:role/legacy-cleanup"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "legacy.zip"
  timeout       = 900
  memory_size   = 1769
}

resource "aws_security_group" "lambda" {
  name_prefix = "${var.name}-lambda-"
  vpc_id      = var.vpc_id

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = -1
    cidr_blocks = ["0.0.0.0/0"]
  }
}

variable "functions" {
  type = map(object({
    handler         = string
    runtime         = optional(string)
    memory_mb       = optional(number, 512)
    timeout_seconds = optional(number, 60)
    env             = optional(map(string), {})
  }))
}
