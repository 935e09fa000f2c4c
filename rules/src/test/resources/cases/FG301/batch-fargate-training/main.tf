resource "aws_batch_compute_environment" "train_fargate" {
  compute_environment_name = "train-fargate"
  type                     = "MANAGED"

  compute_resources {
    type               = "FARGATE"  # expect: aws_batch_compute_environment.train_fargate
    max_vcpus          = 256
    subnets            = ["subnet-1"]
    security_group_ids = ["sg-1"]
    instance_type      = ["g5"]
    instance_role      = "arn:aws:iam::111122223333:instance-profile/batch"
  }
}
