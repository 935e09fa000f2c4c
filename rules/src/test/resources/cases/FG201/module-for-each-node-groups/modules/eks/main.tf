variable "cluster_name" {
  type = string
}

variable "eks_managed_node_groups" {
  type = map(object({
    instance_types = optional(list(string), ["m6i.large"])
    min_size       = optional(number, 0)
    max_size       = optional(number, 3)
    desired_size   = optional(number, 1)
    capacity_type  = optional(string, "ON_DEMAND")
  }))
  default = {}
}

module "eks_managed_node_group" {
  source   = "../node-group"
  for_each = var.eks_managed_node_groups

  cluster_name   = var.cluster_name
  name           = each.key
  instance_types = each.value.instance_types
  min_size       = each.value.min_size
  max_size       = each.value.max_size
  desired_size   = each.value.desired_size
  capacity_type  = each.value.capacity_type
}
