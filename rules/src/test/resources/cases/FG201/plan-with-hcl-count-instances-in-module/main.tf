module "pools" {
  source = "./modules/pools"
}
