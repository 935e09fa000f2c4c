variable "capacity_type" {
  description = "How the training nodes are bought"
  type        = string
  default     = "ON_DEMAND"
}
