resource "aws_lambda_function" "hook" {
  function_name = "acme-prod-hook"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"

  logging_config {
    log_format = "JSON"
    log_group  = "/acme/lambda/hook"
  }
}

resource "aws_cloudwatch_log_group" "custom" {
  name              = "/acme/lambda/hook"
  retention_in_days = 30
}
