locals {
  common = { Project = "mlplat" }
}

variable "dr" {
  type    = bool
  default = false
}

resource "aws_s3_bucket" "from_local" {
  bucket = "mlplat-a"
  tags   = local.common
}

resource "aws_s3_bucket" "conditional" {
  bucket = "mlplat-b"
  tags   = var.dr ? { Project = "mlplat-dr" } : local.common
}

module "queue" {
  source = "./modules/queue"
  tags   = { Project = "mlplat" }
}
