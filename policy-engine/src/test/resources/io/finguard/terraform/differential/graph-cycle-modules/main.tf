# A real cycle across modules: module.a's output is built from its input, which is module.b's output, built from
# its input, which is module.a's output. Terraform names the variables and outputs on it.
module "a" {
  source = "./modules/echo"
  x      = module.b.out
}

module "b" {
  source = "./modules/echo"
  x      = module.a.out
}
