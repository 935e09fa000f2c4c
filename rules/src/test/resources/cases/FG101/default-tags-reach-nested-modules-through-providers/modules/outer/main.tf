module "inner" {
  source = "../inner"
}

resource "aws_sns_topic" "outer" {
  name = "outer"
  tags = null
}
