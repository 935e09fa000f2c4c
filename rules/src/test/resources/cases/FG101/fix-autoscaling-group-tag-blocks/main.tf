variable "propagate" {
  type    = bool
  default = false
}

locals {
  team_tags = { Project = "mlplat", Team = "data" }
}

resource "aws_autoscaling_group" "workers" {
  name     = "mlplat-workers"
  min_size = 0
  max_size = 4

  tag {
    key                 = "Project"
    value               = "mlplat"
    propagate_at_launch = false # set when the group was for tests
  }
  tag {
    key   = "Team"
    value = "data"
  }
  tag {
    key                 = "Environment"
    value               = "prod"
    propagate_at_launch = var.propagate
  }

  timeouts {
    delete = "15m"
  }
}

resource "aws_autoscaling_group" "dynamic" {
  name     = "mlplat-dynamic"
  min_size = 0
  max_size = 4

  dynamic "tag" {
    for_each = local.team_tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = false
    }
  }
}
