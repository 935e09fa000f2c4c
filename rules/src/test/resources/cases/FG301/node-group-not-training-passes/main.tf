resource "aws_eks_node_group" "general" {
  cluster_name    = "ml"
  node_group_name = "general"
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = ["subnet-1"]
  capacity_type   = "ON_DEMAND"
  labels          = { workload = "general" }
  tags            = { Workload = "serving" }

  scaling_config {
    min_size     = 1
    desired_size = 2
    max_size     = 4
  }
}
