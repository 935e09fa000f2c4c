module "training" {
  source         = "./modules/node-group"
  name           = "training"
  instance_types = ["p4d.24xlarge"]
  max_size       = 16
}

module "general" {
  source         = "./modules/node-group"
  name           = "general"
  instance_types = ["m6i.2xlarge"]
  max_size       = 16
}
