variable "name" {
  type = string
}

resource "aws_eks_node_group" "this" {
  cluster_name    = "ml"
  node_group_name = var.name
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = ["subnet-1"]
  capacity_type   = "ON_DEMAND" # the default until someone checked
  instance_types  = ["p4d.24xlarge"]

  scaling_config {
    min_size     = 0
    desired_size = 1
    max_size     = 4
  }
}
