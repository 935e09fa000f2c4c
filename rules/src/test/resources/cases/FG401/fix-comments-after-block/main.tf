resource "aws_s3_bucket" "data" { # the training set
  bucket = "acme-training-data"
} # keep in sync with the catalogue
# The next bucket holds model outputs.
resource "aws_s3_bucket" "models" {
  bucket = "acme-models"
  # no lifecycle yet
}

/* end of buckets */
