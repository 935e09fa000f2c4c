# count = 0: no instance, so no module.workers address and no resource inside it; references see an empty tuple.
module "workers" {
  source = "./modules/worker"
  count  = 0
  name   = "w${count.index}"
}

resource "terraform_data" "summary" {
  input = { count = length(module.workers), outs = module.workers[*].out }
}

output "outs" {
  value = module.workers[*].out
}
