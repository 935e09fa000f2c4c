# A module call with count = 0 is never evaluated inside: its body would fail on the null input
# (lower(null), a null attribute), but Terraform plans without an error. The same module with a value is fine.
module "disabled" {
  source = "./modules/named"
  count  = 0
  name   = null
}

module "enabled" {
  source = "./modules/named"
  count  = 1
  name   = "Enabled"
}

output "enabled" {
  value = module.enabled[*].lower_name
}
