variable "cluster_name" {
  type = string
}

variable "name" {
  type = string
}

variable "instance_types" {
  type = list(string)
}

variable "min_size" {
  type = number
}

variable "max_size" {
  type = number
}

variable "capacity_type" {
  type = string
}

variable "labels" {
  type = map(string)
}

# stands for aws_eks_node_group: what FG201 (max_size) and FG301 (capacity_type) read
resource "terraform_data" "this" {
  input = {
    cluster_name    = var.cluster_name
    node_group_name = "${var.cluster_name}-${var.name}"
    instance_types  = var.instance_types
    capacity_type   = var.capacity_type
    labels          = var.labels
    scaling_config  = { min_size = var.min_size, max_size = var.max_size, desired_size = var.min_size }
  }
}

output "scaling" {
  value = { min = var.min_size, max = var.max_size, capacity_type = var.capacity_type }
}
