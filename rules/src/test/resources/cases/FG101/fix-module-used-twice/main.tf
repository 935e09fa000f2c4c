provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      Project     = "mlplat"
      Team        = "ml-platform"
      Environment = "prod"
    }
  }
}

module "features" {
  source = "./modules/bucket"
  name   = "mlplat-features"
}

module "models" {
  source = "./modules/bucket"
  name   = "mlplat-models"
}
