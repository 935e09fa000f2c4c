module "network" {
  source = "./modules/network"

  name       = var.name
  vpc_cidr   = "10.40.0.0/16"
  az_count   = 3
  tags       = local.tags
}

module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.8"

  cluster_name    = "${var.name}-eks"
  cluster_version = "1.30"
  subnet_ids      = module.network.private_subnet_ids
  vpc_id          = module.network.vpc_id

  eks_managed_node_groups = {
    gpu = {
      instance_types = ["g5.12xlarge"]
      capacity_type  = "SPOT"
      min_size       = 0
      max_size       = 4
      desired_size   = 0
    }
  }

  providers = {
    aws = aws.us_east_1
  }

  depends_on = [module.network]
}

module "buckets" {
  for_each = toset(["raw", "curated"])
  source   = "../modules/bucket"

  name = "${var.name}-${each.key}"
  lifecycle_days = {
    STANDARD_IA  = 30
    GLACIER      = 90
    DEEP_ARCHIVE = 365
  }
}

moved {
  from = aws_s3_bucket.raw
  to   = module.buckets["raw"].aws_s3_bucket.this
}

import {
  to = aws_s3_bucket.legacy
  id = "mlplatform-legacy-bucket"
}

removed {
  from = aws_instance.old_bastion

  lifecycle {
    destroy = false
  }
}

check "budget_exists" {
  data "aws_budgets_budget" "monthly" {
    name = "${var.name}-monthly"
  }

  assert {
    condition     = data.aws_budgets_budget.monthly.budget_exceeded == false
    error_message = "The monthly budget for ${var.name} is exceeded."
  }
}

resource "aws_instance" "bastion" {
  count         = var.enable_bastion ? 1 : 0
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  lifecycle {
    ignore_changes        = [ami, tags["LastPatched"]]
    prevent_destroy       = false
    create_before_destroy = true

    precondition {
      condition     = var.environment != "prod" || var.bastion_allowed
      error_message = "Bastions are not allowed in prod unless bastion_allowed is set."
    }
  }

  provisioner "local-exec" {
    command = "echo ${self.private_ip} >> hosts.txt"
  }

  connection {
    type = "ssh"
    user = "ec2-user"
    host = self.public_ip
  }
}
