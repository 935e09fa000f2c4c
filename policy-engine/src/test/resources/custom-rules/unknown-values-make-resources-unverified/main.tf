variable "type" {}

variable "tags" {}

resource "aws_instance" "unknown_type_owned" {
  instance_type = var.type
  tags          = { Owner = "a" }
}

resource "aws_instance" "unknown_type_unowned" {
  instance_type = var.type
}

resource "aws_instance" "unknown_tags_t3" {
  instance_type = "t3.small"
  tags          = var.tags
}

resource "aws_instance" "unknown_tags_m5" {
  instance_type = "m5.large"
  tags          = var.tags
}
