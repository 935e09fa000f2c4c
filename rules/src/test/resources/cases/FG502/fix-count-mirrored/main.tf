variable "enable_hook" {
  type    = bool
  default = true
}

resource "aws_lambda_function" "hook" {
  count = var.enable_hook ? 1 : 0

  function_name = "acme-prod-hook"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}
