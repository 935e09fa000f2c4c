# Values from terraform.tfvars, then *.auto.tfvars in lexical order (a later file wins), each converted to the
# declared type.
variable "region" {
  type    = string
  default = "default-region"
}

variable "replicas" {
  type    = number
  default = 1
}

variable "tags" {
  type = map(string)
}

variable "owner" {
  type    = string
  default = "nobody"
}

variable "untouched" {
  type    = string
  default = "from-default"
}

resource "terraform_data" "settings" {
  input = {
    region    = var.region
    replicas  = var.replicas
    tags      = var.tags
    owner     = var.owner
    untouched = var.untouched
  }
}

output "replicas" {
  value = var.replicas
}
