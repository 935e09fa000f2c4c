provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      Project = "mlplat"
    }
  }
}

provider "aws" {
  alias  = "us_west"
  region = "us-west-2" # disaster recovery
}
