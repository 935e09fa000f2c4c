variable "name" {
  type = string
}

variable "instance_types" {
  type = list(string)
}

variable "max_size" {
  type = number
}

resource "aws_eks_node_group" "this" {
  cluster_name    = "mlplat"
  node_group_name = var.name
  node_role_arn   = "arn:aws:iam::123456789012:role/node"
  subnet_ids      = ["subnet-1"]
  instance_types  = var.instance_types

  scaling_config {
    min_size     = 0
    desired_size = 1
    max_size     = var.max_size
  }
}
