variable "default_tags" {
  type = map(string)
}

provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = var.default_tags
  }
}

resource "aws_s3_bucket" "data" {
  bucket = "b-data"
  tags = {
    Name = "data"
  }
}

resource "aws_s3_bucket" "models" {
  bucket = "b-models"
  tags = {
    Name = "models"
  }
}

module "replica" {
  source = "./modules/replica"
}
