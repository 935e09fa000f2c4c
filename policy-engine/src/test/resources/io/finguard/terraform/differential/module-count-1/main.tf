# count = 1: one instance, addressed module.workers[0] (not module.workers), with count.index = 0.
module "workers" {
  source = "./modules/worker"
  count  = 1
  name   = "w${count.index}"
  index  = count.index
}

output "first" {
  value = module.workers[0].out
}

output "all" {
  value = module.workers[*].out
}
