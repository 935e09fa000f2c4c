resource "aws_cloudwatch_log_group" "app" {
  name = "/prod/app"
  tags = {
    Project     = "shop"
    Team        = "payments"
    Environment = "prod"
    CostCenter  = "cc-100"
    Owner       = "payments-oncall"
  }
}
