resource "aws_sns_topic" "alerts" {
  name = "alerts"
  tags = {
    Project     = "shop"
    Team        = "payments"
    Environment = "prod"
    CostCenter  = "cc-100"
    Owner       = "payments-oncall"
  }
}
