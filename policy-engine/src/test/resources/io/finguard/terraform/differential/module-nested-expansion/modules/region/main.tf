variable "name" {
  type = string
}

variable "zones" {
  type = number
}

# count inside a for_each instance: module.regions["eu"].module.zones[1]
module "zones" {
  source = "./modules/zone"
  count  = var.zones
  region = var.name
  index  = count.index
}

resource "terraform_data" "this" {
  input = { name = var.name, zones = module.zones[*].zone }
}

output "zones" {
  value = module.zones[*].zone
}
