resource "aws_lambda_function" "api" {
  function_name = "acme-prod-api"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}

# API Gateway access logs
resource "aws_cloudwatch_log_group" "api" {
  name              = "/acme/prod/api-gateway"
  retention_in_days = 30
}
