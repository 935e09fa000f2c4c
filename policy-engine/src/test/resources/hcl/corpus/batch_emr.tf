resource "aws_batch_compute_environment" "training" {
  compute_environment_name_prefix = "${var.name}-training-"
  type                            = "MANAGED"
  service_role                    = aws_iam_role.batch.arn

  compute_resources {
    type                = "SPOT"
    allocation_strategy = "SPOT_PRICE_CAPACITY_OPTIMIZED"
    bid_percentage      = 60
    max_vcpus           = 256
    min_vcpus           = 0
    instance_type       = ["g5", "p3"]
    subnets             = var.subnet_ids
    security_group_ids  = [aws_security_group.batch.id]
    instance_role       = aws_iam_instance_profile.batch.arn
    spot_iam_fleet_role = aws_iam_role.spot_fleet.arn

    ec2_configuration {
      image_type = "ECS_AL2_NVIDIA"
    }

    tags = { Workload = "training" }
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_appautoscaling_target" "inference" {
  max_capacity       = 40
  min_capacity       = 2
  resource_id        = "endpoint/${aws_sagemaker_endpoint.inference.name}/variant/AllTraffic"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  service_namespace  = "sagemaker"
}

resource "aws_emr_cluster" "spark" {
  name          = "${var.name}-spark"
  release_label = "emr-7.1.0"
  applications  = ["Spark", "Hadoop"]
  service_role  = aws_iam_role.emr.arn

  master_instance_group {
    instance_type = "m6g.xlarge"
  }

  core_instance_group {
    instance_type  = "r6g.2xlarge"
    instance_count = 2
    bid_price      = "0.30"

    ebs_config {
      size                 = 256
      type                 = "gp3"
      volumes_per_instance = 1
    }
  }

  configurations_json = jsonencode([
    {
      Classification = "spark-defaults"
      Properties = {
        "spark.dynamicAllocation.enabled" = "true"
        "spark.executor.memory"           = "18g"
      }
    }
  ])
}

resource "aws_emr_managed_scaling_policy" "spark" {
  cluster_id = aws_emr_cluster.spark.id

  compute_limits {
    unit_type                       = "Instances"
    minimum_capacity_units          = 2
    maximum_capacity_units          = 30
    maximum_ondemand_capacity_units = 2
    maximum_core_capacity_units     = 10
  }
}
