resource "aws_eks_node_group" "general" {
  cluster_name   = "mlplat"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  instance_types = ["m6i.2xlarge", "m6g.2xlarge"]

  scaling_config {
    min_size     = 1
    desired_size = 2
    max_size     = 16
  }
}

resource "aws_eks_node_group" "gpu_training" {
  cluster_name   = "mlplat"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  instance_types = ["p4d.24xlarge"]

  scaling_config {
    min_size     = 0
    desired_size = 2
    max_size     = 16
  }
}

resource "aws_eks_node_group" "gpu_small" {
  cluster_name   = "mlplat"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  instance_types = ["g5.xlarge"]

  scaling_config {
    min_size     = 0
    desired_size = 1
    max_size     = 8
  }
}
