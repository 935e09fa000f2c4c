locals {
  team_tags = {
    Team  = "ml-platform"
    Owner = "ml-oncall"
  }
}

resource "aws_autoscaling_group" "bad_environment" {
  name     = "workers"
  min_size = 0
  max_size = 4

  tag {
    key                 = "Project"
    value               = "mlplat"
    propagate_at_launch = true
  }
  tag {
    key                 = "Team"
    value               = "ml-platform"
    propagate_at_launch = true
  }
  tag {
    key                 = "Environment"
    value               = "production"
    propagate_at_launch = true
  }
  tag {
    key                 = "CostCenter"
    value               = "cc-4120"
    propagate_at_launch = true
  }
  tag {
    key                 = "Owner"
    value               = "ml-oncall"
    propagate_at_launch = true
  }
}

resource "aws_autoscaling_group" "not_propagated_after_dynamic" {
  name     = "inference"
  min_size = 0
  max_size = 4

  tag {
    key                 = "Project"
    value               = "mlplat"
    propagate_at_launch = true
  }
  dynamic "tag" {
    for_each = local.team_tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = false
    }
  }
  tag {
    key                 = "Environment"
    value               = "prod"
    propagate_at_launch = true
  }
  tag {
    key                 = "CostCenter"
    value               = "cc-4120"
    propagate_at_launch = true
  }
}

resource "aws_autoscaling_group" "missing_comes_first" {
  name     = "batch"
  min_size = 0
  max_size = 4

  tag {
    key                 = "Project"
    value               = "mlplat"
    propagate_at_launch = true
  }
  tag {
    key                 = "Environment"
    value               = "qa"
    propagate_at_launch = true
  }
}
