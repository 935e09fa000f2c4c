resource "aws_eks_node_group" "accel_0" {
  cluster_name   = "mlplat"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  instance_types = ["trn1.32xlarge"]

  scaling_config {
    min_size     = 0
    desired_size = 0
    max_size     = 9
  }
}

resource "aws_eks_node_group" "accel_1" {
  cluster_name   = "mlplat"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  instance_types = ["inf2.xlarge"]

  scaling_config {
    min_size     = 0
    desired_size = 0
    max_size     = 9
  }
}

resource "aws_eks_node_group" "accel_2" {
  cluster_name   = "mlplat"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  instance_types = ["dl1.24xlarge"]

  scaling_config {
    min_size     = 0
    desired_size = 0
    max_size     = 9
  }
}

resource "aws_eks_node_group" "accel_3" {
  cluster_name   = "mlplat"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  instance_types = ["g4dn.xlarge"]

  scaling_config {
    min_size     = 0
    desired_size = 0
    max_size     = 9
  }
}

resource "aws_eks_node_group" "accel_4" {
  cluster_name   = "mlplat"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  instance_types = ["gr6.4xlarge"]

  scaling_config {
    min_size     = 0
    desired_size = 0
    max_size     = 9
  }
}

resource "aws_eks_node_group" "accel_5" {
  cluster_name   = "mlplat"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  instance_types = ["p5.48xlarge"]

  scaling_config {
    min_size     = 0
    desired_size = 0
    max_size     = 9
  }
}

resource "aws_eks_node_group" "plain_0" {
  cluster_name   = "mlplat"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  instance_types = ["m6g.xlarge"]

  scaling_config {
    min_size     = 0
    desired_size = 0
    max_size     = 9
  }
}

resource "aws_eks_node_group" "plain_1" {
  cluster_name   = "mlplat"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  instance_types = ["c7gn.large"]

  scaling_config {
    min_size     = 0
    desired_size = 0
    max_size     = 9
  }
}

resource "aws_eks_node_group" "plain_2" {
  cluster_name   = "mlplat"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  instance_types = ["x2gd.xlarge"]

  scaling_config {
    min_size     = 0
    desired_size = 0
    max_size     = 9
  }
}

resource "aws_eks_node_group" "plain_3" {
  cluster_name   = "mlplat"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  instance_types = ["im4gn.large"]

  scaling_config {
    min_size     = 0
    desired_size = 0
    max_size     = 9
  }
}
