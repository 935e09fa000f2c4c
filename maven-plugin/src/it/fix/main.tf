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

resource "aws_cloudwatch_log_group" "jobs" {
  name              = "/prod/jobs"
  retention_in_days = 90 # the fix sets the production maximum, keeping this comment
  tags = {
    Project     = "shop"
    Team        = "payments"
    Environment = "prod"
    CostCenter  = "cc-100"
    Owner       = "payments-oncall"
  }
}

# finguard:ignore FG501 reason="the auditors want a year" until=2999-12-31
resource "aws_cloudwatch_log_group" "audit" {
  name              = "/prod/audit"
  retention_in_days = 365
  tags = {
    Project     = "shop"
    Team        = "payments"
    Environment = "prod"
    CostCenter  = "cc-100"
    Owner       = "payments-oncall"
  }
}
