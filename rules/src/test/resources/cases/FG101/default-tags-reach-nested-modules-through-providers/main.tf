provider "aws" {
  region = "eu-west-1"
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
      Owner       = "finance-oncall"
    }
  }
}

module "outer" {
  source = "./modules/outer"
  providers = {
    aws = aws.finance
  }
}
