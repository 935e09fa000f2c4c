resource "aws_lambda_function" "hook" { # webhook receiver
  function_name = "acme-prod-hook"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
} # owned by the platform team
// The job runs nightly.
resource "aws_lambda_function" "job" {
  function_name = "acme-prod-job"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  # no log group yet
}

/* end of functions */
