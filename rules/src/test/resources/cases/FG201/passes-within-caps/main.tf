resource "aws_launch_template" "cpu" {
  name_prefix   = "workers-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "c7g.2xlarge"
}

resource "aws_autoscaling_group" "workers" {
  name             = "workers"
  min_size         = 2
  desired_capacity = 20
  max_size         = 20

  launch_template {
    id      = aws_launch_template.cpu.id
    version = "$Latest"
  }
}

resource "aws_eks_node_group" "gpu" {
  cluster_name   = "mlplat"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  instance_types = ["g6.xlarge", "g5.xlarge"]

  scaling_config {
    min_size     = 0
    desired_size = 8
    max_size     = 8
  }
}

resource "aws_appautoscaling_target" "ecs" {
  service_namespace  = "ecs"
  resource_id        = "service/mlplat/api"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = 1
  max_capacity       = 12
}

resource "aws_batch_compute_environment" "cpu" {
  compute_environment_name = "cpu"
  type                     = "MANAGED"

  compute_resources {
    type               = "FARGATE_SPOT"
    max_vcpus          = 16
    subnets            = ["subnet-1"]
    security_group_ids = ["sg-1"]
  }
}

resource "aws_emr_managed_scaling_policy" "spark" {
  cluster_id = "j-2AXXXXXXGAPLF"

  compute_limits {
    unit_type              = "Instances"
    minimum_capacity_units = 2
    maximum_capacity_units = 8
  }
}
