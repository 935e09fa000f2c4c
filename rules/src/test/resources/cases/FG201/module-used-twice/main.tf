module "features" {
  source = "./modules/pool"
  name   = "features"
}

module "scoring" {
  source = "./modules/pool"
  name   = "scoring"
}
