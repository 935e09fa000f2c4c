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

provider "aws" {
  alias  = "finance"
  region = "eu-central-1"

  default_tags {
    tags = {
      Project     = "mlplat"
      Team        = "finance"
      Environment = "prod"
      CostCenter  = "cc-9000"
    }
  }
}

module "features" {
  source = "./modules/bucket"
  name   = "mlplat-features"
}

module "ledger" {
  source = "./modules/bucket"
  name   = "mlplat-ledger"
  providers = {
    aws = aws.finance
  }
}
