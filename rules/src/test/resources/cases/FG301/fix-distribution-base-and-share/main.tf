resource "aws_launch_template" "gpu" {
  name_prefix   = "gpu-"
  image_id      = "ami-12345678"
  instance_type = "g5.xlarge"
}

resource "aws_autoscaling_group" "training_workers" {
  name                = "training-workers"
  min_size            = 0
  max_size            = 8
  vpc_zone_identifier = ["subnet-1"]

  mixed_instances_policy {
    instances_distribution {
      on_demand_base_capacity  = 1
      spot_allocation_strategy = "price-capacity-optimized"
    }

    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.gpu.id
        version            = "$Latest"
      }

      override {
        instance_type = "g5.xlarge"
      }
      override {
        instance_type = "g5.2xlarge"
      }
    }
  }
}
