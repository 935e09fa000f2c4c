resource "aws_emr_cluster" "spark" {
  name          = "spark"
  release_label = "emr-7.2.0"
  service_role  = "EMR_DefaultRole"

  ec2_attributes {
    instance_profile = "EMR_EC2_DefaultRole"
    subnet_id        = "subnet-1"
  }

  master_instance_group {
    instance_type = "m6i.xlarge"
  }

  core_instance_group {
    instance_type  = "g5.2xlarge"
    instance_count = 2
  }
}

resource "aws_emr_managed_scaling_policy" "spark" {
  cluster_id = aws_emr_cluster.spark.id

  compute_limits {
    unit_type              = "Instances"
    minimum_capacity_units = 2
    maximum_capacity_units = 10
  }
}
