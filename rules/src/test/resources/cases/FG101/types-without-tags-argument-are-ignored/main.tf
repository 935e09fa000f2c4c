resource "aws_iam_role_policy_attachment" "a" {
  role       = "worker"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_s3_bucket_lifecycle_configuration" "l" {
  bucket = "mlplat-data"
  rule {
    id     = "expire"
    status = "Enabled"
    expiration {
      days = 30
    }
  }
}

resource "aws_route_table_association" "r" {
  subnet_id      = "subnet-1"
  route_table_id = "rtb-1"
}

resource "random_id" "suffix" {
  byte_length = 4
}

data "aws_s3_bucket" "existing" {
  bucket = "somebody-elses"
}
