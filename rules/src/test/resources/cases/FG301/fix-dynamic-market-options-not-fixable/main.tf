variable "use_spot" {
  type    = bool
  default = false
}

resource "aws_launch_template" "training" {
  name_prefix   = "training-"
  image_id      = "ami-12345678"
  instance_type = "p4d.24xlarge"

  dynamic "instance_market_options" {
    for_each = var.use_spot ? [1] : []
    content {
      market_type = "spot"
    }
  }
}
