module "api" {
  source = "./modules/hook"
  env    = "prod"
}

module "worker" {
  source = "./modules/hook"
  env    = "prod"
}

module "mixed_prod" {
  source = "./modules/mixed"
  env    = "prod"
}

module "mixed_dev" {
  source = "./modules/mixed"
  env    = "dev"
}
