variable "env" {
  type = string
}

resource "aws_lambda_function" "hook" {
  function_name = "acme-${var.env}-hook"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}
