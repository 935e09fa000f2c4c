# finguard:ignore FG401 reason="archive bucket, lifecycle managed by the data team" until=2027-06-30
resource "aws_s3_bucket" "archive" {
  bucket = "acme-archive"
}

resource "aws_lambda_function" "etl" {
  function_name = "etl"
	role          = "arn:aws:iam::123456789012:role/etl"
  handler       = "main.handler"
  runtime       = "python3.12"
  description   = "Lädt Daten [31mred"
}
