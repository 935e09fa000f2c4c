module "workers" {
  source = "./modules/workers"

  name     = "feature-workers"
  max_size = 50
}
