resource "aws_batch_compute_environment" "cpu" {
  compute_environment_name = "cpu"
  type                     = "MANAGED"

  compute_resources {
    type          = "SPOT"
    min_vcpus     = 0
    max_vcpus     = 256
    instance_type = ["optimal"]
    subnets       = ["subnet-1"]
    security_group_ids = ["sg-1"]
  }
}

resource "aws_batch_compute_environment" "gpu" {
  compute_environment_name = "gpu"
  type                     = "MANAGED"

  compute_resources {
    type          = "EC2"
    min_vcpus     = 0
    max_vcpus     = 16
    instance_type = ["p3"]
    subnets       = ["subnet-1"]
    security_group_ids = ["sg-1"]
  }
}

resource "aws_emr_managed_scaling_policy" "spark" {
  cluster_id = "j-2AXXXXXXGAPLF"

  compute_limits {
    unit_type              = "Instances"
    minimum_capacity_units = 2
    maximum_capacity_units = 40
  }
}
