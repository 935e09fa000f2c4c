provider "aws" {
  alias  = "edge"
  region = "us-east-1"
}

resource "aws_lambda_function" "edge" {
  provider      = aws.edge
  function_name = "acme-prod-edge"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"

  tags = merge(var.tags, {
    Function = "edge" # one per function
  })
}

variable "tags" {
  type    = map(string)
  default = { Team = "web" }
}
