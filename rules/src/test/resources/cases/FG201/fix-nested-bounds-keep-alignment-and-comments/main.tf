resource "aws_eks_node_group" "general" {
  cluster_name    = "mlplat"
  node_group_name = "general"
  instance_types  = ["m6i.2xlarge"]

  scaling_config {
    min_size     = 2
    desired_size = 4
    max_size     = 100 # burst for month-end
  }
}

resource "aws_batch_compute_environment" "jobs" {
  compute_environment_name = "jobs"
  type                     = "MANAGED"

  compute_resources {
    type          = "EC2"
    instance_type = ["c6i.4xlarge"]
    min_vcpus     = 0
    max_vcpus     = 256
    subnets       = ["subnet-1"]
  }
}

resource "aws_emr_managed_scaling_policy" "etl" {
  cluster_id = "j-123"
  compute_limits {
    unit_type              = "Instances"
    minimum_capacity_units = 1
    maximum_capacity_units = 40 // peak
  }
}

resource "aws_appautoscaling_target" "api" {
  service_namespace  = "ecs"
  resource_id        = "service/main/api"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = 1
  max_capacity       = 50
}
