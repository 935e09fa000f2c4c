variable "on_demand_share" {
  type    = number
  default = 50
}

locals {
  capacity = "ON_DEMAND"
}

resource "aws_eks_node_group" "training" {
  cluster_name    = "ml"
  node_group_name = "training"
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = ["subnet-1"]
  capacity_type   = local.capacity

  scaling_config {
    min_size     = 0
    desired_size = 1
    max_size     = 4
  }
}

resource "aws_launch_template" "gpu" {
  name_prefix   = "gpu-"
  image_id      = "ami-12345678"
  instance_type = "g5.xlarge"
}

resource "aws_autoscaling_group" "training_workers" {
  min_size            = 0
  max_size            = 4
  vpc_zone_identifier = ["subnet-1"]

  mixed_instances_policy {
    instances_distribution {
      on_demand_base_capacity                  = 0
      on_demand_percentage_above_base_capacity = var.on_demand_share
    }

    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.gpu.id
        version            = "$Latest"
      }
    }
  }
}
