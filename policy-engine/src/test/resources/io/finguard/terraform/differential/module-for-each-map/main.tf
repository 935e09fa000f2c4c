# for_each over a map: one instance per key (module.services["api"], ...), each.key and each.value bound inside,
# and the four ways of reading the instances from outside.
locals {
  services = {
    api    = { replicas = 3, tier = "web" }
    worker = { replicas = 2, tier = "batch" }
    cron   = { replicas = 1, tier = "batch" }
  }
}

module "services" {
  source   = "./modules/service"
  for_each = local.services
  name     = each.key
  spec     = each.value
}

resource "terraform_data" "summary" {
  input = {
    api     = module.services["api"].out
    by_key  = { for k, m in module.services : k => m.out }
    values  = values(module.services)[*].out
    keys    = keys(module.services)
    batches = [for k, m in module.services : k if local.services[k].tier == "batch"]
  }
}

output "api" {
  value = module.services["api"].out
}

output "by_key" {
  value = { for k, m in module.services : k => m.out }
}

output "values" {
  value = values(module.services)[*].out
}
