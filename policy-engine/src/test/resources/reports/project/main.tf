provider "aws" {
  region = "eu-west-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
  tags = {
    Project = "demo"
  }
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/prod/app"
  retention_in_days = 0
}

resource "aws_autoscaling_group" "workers" {
  name             = "workers"
  min_size         = 1
  max_size         = 50
  desired_capacity = 2
  launch_template {
    id      = "lt-123"
    version = "$Latest"
  }
}
