resource "aws_launch_template" "gpu" {
  name_prefix   = "inference-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "g5.2xlarge"
}

resource "aws_launch_template" "cpu" {
  name          = "cpu-workers"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "c6i.2xlarge"
}

resource "aws_autoscaling_group" "inference" {
  name     = "inference"
  min_size = 0
  max_size = 10

  launch_template {
    id      = aws_launch_template.gpu.id
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "workers" {
  name     = "workers"
  min_size = 0
  max_size = 10

  launch_template {
    name    = "cpu-workers"
    version = "$Latest"
  }
}

resource "aws_eks_node_group" "gpu_by_template" {
  cluster_name  = "mlplat"
  node_role_arn = "arn:aws:iam::123456789012:role/node"
  subnet_ids    = ["subnet-1"]

  launch_template {
    id      = aws_launch_template.gpu.id
    version = aws_launch_template.gpu.latest_version
  }

  scaling_config {
    min_size     = 0
    desired_size = 1
    max_size     = 12
  }
}
