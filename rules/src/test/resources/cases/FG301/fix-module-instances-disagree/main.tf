module "train_a" {
  source = "./modules/gpu"
  name   = "train-a"
}

module "serving" {
  source = "./modules/gpu"
  name   = "serving"
}
