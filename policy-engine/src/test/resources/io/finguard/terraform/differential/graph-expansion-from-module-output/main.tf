# The for_each of one module call is another module's output (known at plan time because it depends only on
# variables): expansion must wait for that output, and each instance's outputs flow back out to the root.
module "catalog" {
  source = "./modules/catalog"
  prefix = "svc"
}

module "consumers" {
  source   = "./modules/consumer"
  for_each = module.catalog.entries
  name     = each.key
  port     = each.value
}

output "endpoints" {
  value = { for k, c in module.consumers : k => c.endpoint }
}
