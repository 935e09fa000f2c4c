# Expansion nested two levels deep: a for_each over regions, each with count zones inside, addressed
# module.regions["eu"].module.zones[0]. A region with zones = 0 has its own instance and no zone instances.
module "regions" {
  source   = "./modules/region"
  for_each = { eu = 2, us = 3, ap = 0 }
  name     = each.key
  zones    = each.value
}

output "zones" {
  value = { for k, r in module.regions : k => r.zones }
}

output "eu_second" {
  value = module.regions["eu"].zones[1]
}
