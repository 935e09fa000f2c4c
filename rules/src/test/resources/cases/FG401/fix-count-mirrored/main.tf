variable "shards" {
  type    = number
  default = 2
}

resource "aws_s3_bucket" "shard" {
  count  = var.shards
  bucket = "acme-shard-${count.index}"
}
