variable "project" {
  description = "Project name, used as a prefix for every resource."
  type        = string
  default     = "mlplatform"
}

variable "environment" {
  description = "Deployment environment."
  type        = string
  default     = "dev"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "The environment must be one of dev, staging or prod."
  }
}

variable "kubernetes_version" {
  type    = string
  default = "1.30"
}

variable "private_subnet_ids" {
  type = list(string)
}

variable "addons" {
  type = list(object({
    name    = string
    version = optional(string)
  }))
  default = [
    { name = "vpc-cni" },
    { name = "coredns", version = "v1.11.1-eksbuild.9" },
    { name = "kube-proxy" },
  ]
}

variable "tags" {
  type = map(string)
  default = {
    Project     = "mlplatform"
    Team        = "ml-infra"
    CostCenter  = "cc-4410"
    Owner       = "ml-infra@example.com"
  }
}

variable "gpu_max_nodes" {
  type      = number
  default   = 8
  nullable  = false
  sensitive = false

  validation {
    condition     = var.gpu_max_nodes >= 0 && var.gpu_max_nodes <= 64 && floor(var.gpu_max_nodes) == var.gpu_max_nodes
    error_message = "gpu_max_nodes must be a whole number between 0 and 64."
  }
}

variable "spot_price_ratio" {
  type    = number
  default = 0.35
}
