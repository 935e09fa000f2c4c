# The exception to "no instances, no evaluation": Terraform validates every module body, instances or not, with
# unknown inputs, so an expression that references no input fails even under count = 0 (lower(null) on line 8 of
# the module), while those that read the null input are never evaluated. Terraform refuses the plan with exactly
# that one error.
module "off" {
  source = "./modules/guarded"
  count  = 0
  name   = null
}

resource "terraform_data" "fine" {
  input = "fine"
}
