# count = 3: module.workers[0..2], each with its own count.index; splat and index references from outside.
locals {
  sizes = ["small", "medium", "large"]
}

module "workers" {
  source = "./modules/worker"
  count  = length(local.sizes)
  name   = "${local.sizes[count.index]}-${count.index}"
  index  = count.index * 10
}

resource "terraform_data" "summary" {
  input = {
    outs  = module.workers[*].out
    last  = module.workers[2].out
    count = length(module.workers)
  }
}

output "outs" {
  value = module.workers[*].out
}
