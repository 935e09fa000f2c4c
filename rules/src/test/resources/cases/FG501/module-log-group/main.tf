module "logging" {
  source    = "./modules/logging"
  env       = "staging"
  retention = 45
}
