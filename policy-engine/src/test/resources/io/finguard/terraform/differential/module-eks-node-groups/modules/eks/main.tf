variable "cluster_name" {
  type = string
}

variable "eks_managed_node_groups" {
  type = map(object({
    instance_types = list(string)
    min_size       = optional(number, 1)
    max_size       = optional(number, 3)
    capacity_type  = optional(string, "SPOT")
    labels         = optional(map(string), {})
  }))
  default = {}
}

resource "terraform_data" "cluster" {
  input = { name = var.cluster_name, groups = keys(var.eks_managed_node_groups) }
}

module "eks_managed_node_group" {
  source   = "./modules/node-group"
  for_each = var.eks_managed_node_groups

  cluster_name   = var.cluster_name
  name           = each.key
  instance_types = each.value.instance_types
  min_size       = each.value.min_size
  max_size       = each.value.max_size
  capacity_type  = each.value.capacity_type
  labels         = each.value.labels
}

output "node_groups" {
  value = { for k, g in module.eks_managed_node_group : k => g.scaling }
}
