resource "aws_autoscaling_group" "min_above_max" {
  name     = "a"
  min_size = 5
  max_size = 3
}

resource "aws_autoscaling_group" "desired_above_max" {
  name             = "b"
  min_size         = 2
  max_size         = 12
  desired_capacity = 16
}

resource "aws_eks_node_group" "desired_above_max" {
  cluster_name  = "mlplat"
  node_role_arn = "arn:aws:iam::123456789012:role/node"
  subnet_ids    = ["subnet-1"]

  scaling_config {
    min_size     = 1
    desired_size = 9
    max_size     = 6
  }
}
