variable "name" {
  type = string
}

module "workers" {
  source = "../modules/workers"

  name     = var.name
  max_size = 50
}
