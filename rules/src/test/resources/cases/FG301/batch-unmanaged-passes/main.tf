resource "aws_batch_compute_environment" "training" {
  compute_environment_name = "training"
  type                     = "UNMANAGED"
}
