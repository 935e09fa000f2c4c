module "train_a" {
  source = "./modules/gpu"
  name   = "train-a"
}

module "train_b" {
  source = "./modules/gpu"
  name   = "train-b"
}
