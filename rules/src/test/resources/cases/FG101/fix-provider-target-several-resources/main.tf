resource "aws_s3_bucket" "data" {
  bucket = "mlplat-data"
  tags = {
    Team        = "data"
    Environment = "prod"
  }
}

resource "aws_s3_bucket" "models" {
  bucket = "mlplat-models"
  tags = {
    Team        = "data"
    Environment = "prod"
    Owner       = "ml-oncall"
  }
}

resource "aws_sqs_queue" "jobs" {
  name = "mlplat-jobs"
}

resource "aws_autoscaling_group" "workers" {
  name     = "mlplat-workers"
  min_size = 0
  max_size = 4

  tag {
    key                 = "Project"
    value               = "mlplat"
    propagate_at_launch = true
  }
}

module "replica" {
  source = "./modules/replica"
  providers = {
    aws = aws.us_west
  }
}
