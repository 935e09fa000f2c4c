terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
    archive = {
      source  = "hashicorp/archive"
      version = ">= 2.4"
    }
  }

  backend "s3" {
    bucket         = "mlplatform-tfstate"
    key            = "platform/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "mlplatform-tflock"
    encrypt        = true
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project     = "mlplatform"
      Team        = "ml-infra"
      Environment = var.environment
      CostCenter  = "cc-4410"
      ManagedBy   = "terraform"
    }
  }
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = {
      Project = "mlplatform"
      Team    = "ml-infra"
    }
  }
}

provider "aws" {
  alias  = "shared"
  region = var.region

  assume_role {
    role_arn     = "arn:aws:iam::210987654321:role/terraform"
    session_name = "mlplatform"
    external_id  = var.external_id
  }
}

data "http" "ip_ranges" {
  url = "https://ip-ranges.amazonaws.com/ip-ranges.json"

  request_headers = {
    Accept = "application/json"
  }
}
