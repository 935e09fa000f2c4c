provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      Project     = "mlplat"
      Team        = "ml-platform"
      Environment = "prod"
      CostCenter  = "cc-4120"
      Owner       = "ml-oncall"
    }
  }
}

resource "aws_autoscaling_group" "complete" {
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
    value               = "prod"
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

resource "aws_autoscaling_group" "relies_on_default_tags" {
  name     = "batch"
  min_size = 0
  max_size = 4
}

resource "aws_autoscaling_group" "not_propagated" {
  name     = "inference"
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
    value               = "prod"
    propagate_at_launch = true
  }
  tag {
    key                 = "CostCenter"
    value               = "cc-4120"
    propagate_at_launch = false
  }
}
