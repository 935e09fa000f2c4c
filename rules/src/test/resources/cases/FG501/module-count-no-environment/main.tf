module "worker" {
  source = "./modules/worker"
  count  = 2
  index  = count.index
}
