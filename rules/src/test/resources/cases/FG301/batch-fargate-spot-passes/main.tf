resource "aws_batch_compute_environment" "training" {
  compute_environment_name = "training"
  type                     = "MANAGED"

  compute_resources {
    type               = "FARGATE_SPOT"
    max_vcpus          = 256
    subnets            = ["subnet-1"]
    security_group_ids = ["sg-1"]
    instance_type      = ["g5"]
    instance_role      = "arn:aws:iam::111122223333:instance-profile/batch"
  }
}
