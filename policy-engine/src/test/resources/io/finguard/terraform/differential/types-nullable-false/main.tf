# nullable = false: a null passed by the caller means "not set", so the default applies; with the default
# nullable = true the null is kept.
module "named" {
  source   = "./modules/named"
  name     = null
  optional = null
}

output "name" {
  value = module.named.name
}

output "optional_is_null" {
  value = module.named.optional == null
}
