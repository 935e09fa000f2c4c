provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      Project     = "mlplat"
      Team        = "ml-platform"
      Environment = "prod"
      CostCenter  = "cc-4120"
      Owner       = "ml-oncall"
    }
  }
}

provider "aws" {
  alias  = "us_west"
  region = "us-west-2"

  default_tags {
    tags = {
      Project     = "mlplat"
      Team        = "ml-platform"
      Environment = "prod"
      Owner       = "ml-oncall"
    }
  }
}

module "replica" {
  source = "./modules/replica"
  providers = {
    aws = aws.us_west
  }
  name = "mlplat-replica"
}

module "primary" {
  source = "./modules/replica"
  name   = "mlplat-primary"
}
