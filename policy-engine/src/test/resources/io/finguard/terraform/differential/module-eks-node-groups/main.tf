# How teams create EKS node groups: a map of groups passed to the cluster module, which makes one
# module.eks_managed_node_group["<name>"] per entry with the attributes the caller left out filled from
# optional() defaults. Addresses: module.eks.module.eks_managed_node_group["gpu_training"].terraform_data.this.
module "eks" {
  source       = "./modules/eks"
  cluster_name = "ml"

  eks_managed_node_groups = {
    gpu_training = {
      instance_types = ["p4d.24xlarge"]
      max_size       = 16
      capacity_type  = "ON_DEMAND"
    }
    general = {
      instance_types = ["m6i.large", "m6i.xlarge"]
    }
  }
}

output "node_groups" {
  value = module.eks.node_groups
}
