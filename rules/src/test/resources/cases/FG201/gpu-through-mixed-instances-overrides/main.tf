resource "aws_launch_template" "base" {
  name_prefix   = "batch-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m6i.large"
}

resource "aws_autoscaling_group" "batch" {
  name     = "batch"
  min_size = 0
  max_size = 10

  mixed_instances_policy {
    instances_distribution {
      on_demand_percentage_above_base_capacity = 0
    }

    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.base.id
      }

      override {
        instance_type = "g5.2xlarge"
      }
      override {
        instance_type = "g5.4xlarge"
      }
    }
  }
}

resource "aws_autoscaling_group" "cpu" {
  name     = "cpu"
  min_size = 0
  max_size = 10

  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.base.id
      }

      dynamic "override" {
        for_each = ["c6i.2xlarge", "c6a.2xlarge"]
        content {
          instance_type = override.value
        }
      }
    }
  }
}
