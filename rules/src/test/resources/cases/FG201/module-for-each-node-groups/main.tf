# The usual EKS layout: a map of node groups given to a cluster module, which makes one node-group module
# instance per entry. Only the gpu_training instance breaks the caps and runs training on demand.
module "eks" {
  source = "./modules/eks"

  cluster_name = "ml"
  eks_managed_node_groups = {
    gpu_training = {
      instance_types = ["p4d.24xlarge"]
      max_size       = 16
      capacity_type  = "ON_DEMAND"
    }
    general = {
      instance_types = ["m6i.large"]
      max_size       = 5
      capacity_type  = "SPOT"
    }
  }
}

# Neither call creates anything: no finding may come from them.
module "disabled" {
  source = "./modules/eks"
  count  = 0

  cluster_name = "disabled"
  eks_managed_node_groups = {
    gpu_training = { instance_types = ["p4d.24xlarge"], max_size = 64 }
  }
}

module "no_groups" {
  source   = "./modules/eks"
  for_each = {}

  cluster_name            = each.key
  eks_managed_node_groups = { gpu_training = { instance_types = ["p4d.24xlarge"], max_size = 64 } }
}
