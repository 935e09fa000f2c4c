# A chain that goes in and out of modules through locals: local.base -> module.first -> local.middle ->
# module.second -> local.last -> output, written in the reverse of evaluation order. module.first also takes
# local.from_second, which reads only an output of module.second that depends on its own variable: like a provider
# configured from one module's outputs and used by another, each value waits only for what it references.
locals {
  last        = "${module.second.out}|end"
  middle      = upper(module.first.out)
  from_second = module.second.label
  base        = "start"
}

module "second" {
  source = "./modules/stage"
  name   = "second"
  input  = local.middle
  extra  = "none"
}

module "first" {
  source = "./modules/stage"
  name   = "first"
  input  = local.base
  extra  = local.from_second
}

resource "terraform_data" "chain" {
  input = [local.base, local.middle, local.last]
}

output "last" {
  value = local.last
}

output "first_extra" {
  value = module.first.seen_extra
}
