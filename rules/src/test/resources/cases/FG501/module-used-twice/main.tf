module "api_logs" {
  source = "./modules/shared"
  env    = "prod"
}

module "worker_logs" {
  source = "./modules/shared"
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
