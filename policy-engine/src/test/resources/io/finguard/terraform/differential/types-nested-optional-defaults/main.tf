# Nested optional objects: an optional object attribute with a default of {} gets its own optional attributes'
# defaults, at every depth; one given partly is completed the same way.
module "network" {
  source = "./modules/network"
  settings = {
    name = "core"
    vpc  = { cidr = "10.1.0.0/16" }
  }
}

module "network_bare" {
  source   = "./modules/network"
  settings = { name = "bare" }
}

output "settings" {
  value = module.network.settings
}

output "bare" {
  value = module.network_bare.settings
}
