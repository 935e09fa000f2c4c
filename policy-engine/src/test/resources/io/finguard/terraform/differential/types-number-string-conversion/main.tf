# Primitive conversions at a module argument: "5" to number, true to string, 5 to string, "true" to bool.
# Arithmetic then sees a number and string functions a string.
module "sized" {
  source  = "./modules/sized"
  count_n = "5"
  label   = true
  code    = 5
  enabled = "true"
}

output "values" {
  value = module.sized.values
}
