resource "aws_s3_bucket" "this" {
  bucket = "mlplat-replica"
  tags   = var.tags
}

variable "tags" {
  type    = map(string)
  default = { Name = "mlplat-replica" }
}
