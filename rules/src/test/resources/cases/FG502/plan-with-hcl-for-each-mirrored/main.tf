resource "aws_lambda_function" "hook" {
  for_each = toset(["ingest", "export"])

  function_name = "acme-prod-${each.key}"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"

  tags = {
    Environment = "prod"
    Hook        = each.key
  }
}

resource "aws_lambda_function" "job" {
  for_each = { nightly = "prod" }

  function_name = "acme-${each.value}-${each.key}"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"

  tags = { Environment = each.value }
}
