resource "aws_eks_node_group" "gpu_training" {
  cluster_name    = "ml"
  node_group_name = "gpu-training"
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = ["subnet-1"]
  capacity_type   = var.capacity_type
  instance_types  = ["p4d.24xlarge"]

  scaling_config {
    min_size     = 0
    desired_size = 1
    max_size     = 4
  }
}
