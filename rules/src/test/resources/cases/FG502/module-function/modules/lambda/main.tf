variable "prefix" {
  type = string
}

resource "aws_lambda_function" "hook" {  # expect: module.lambda.aws_lambda_function.hook
  function_name = "${var.prefix}-hook"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}

resource "aws_lambda_function" "job" {
  function_name = "${var.prefix}-job"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}

resource "aws_cloudwatch_log_group" "job" {
  name              = "/aws/lambda/${aws_lambda_function.job.function_name}"
  retention_in_days = 7
}
