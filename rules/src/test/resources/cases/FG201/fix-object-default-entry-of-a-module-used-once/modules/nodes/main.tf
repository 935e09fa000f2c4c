resource "aws_eks_node_group" "this" {
  cluster_name    = "platform"
  node_group_name = var.name
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = ["subnet-1"]
  instance_types  = ["m6i.2xlarge"]

  scaling_config {
    min_size     = var.scaling.min_size
    desired_size = 1
    max_size     = var.scaling.max_size
  }
}
