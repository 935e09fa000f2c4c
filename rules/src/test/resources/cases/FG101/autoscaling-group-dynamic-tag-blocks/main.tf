locals {
  cost_tags = {
    Project     = "mlplat"
    Team        = "ml-platform"
    Environment = "prod"
    CostCenter  = "cc-4120"
    Owner       = "ml-oncall"
  }
}

variable "extra_tags" {
  type = map(string)
}

resource "aws_autoscaling_group" "dynamic_known" {
  name     = "workers"
  min_size = 0
  max_size = 4

  dynamic "tag" {
    for_each = local.cost_tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }
}

resource "aws_autoscaling_group" "dynamic_unknown" {
  name     = "batch"
  min_size = 0
  max_size = 4

  dynamic "tag" {
    for_each = var.extra_tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }
}
