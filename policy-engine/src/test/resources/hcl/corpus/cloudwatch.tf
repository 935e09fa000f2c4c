resource "aws_cloudwatch_log_group" "flow" {
  name              = "/vpc/${var.name}/flow-logs"
  retention_in_days = 14
  kms_key_id        = var.kms_key_arn
}

resource "aws_cloudwatch_log_group" "training_jobs" {
  name = "/prod/ml/training-jobs"
}

resource "aws_cloudwatch_metric_alarm" "gpu_idle" {
  for_each            = toset(var.gpu_node_groups)
  alarm_name          = "${each.value}-gpu-idle"
  comparison_operator = "LessThanThreshold"
  evaluation_periods  = 6
  metric_name         = "DCGM_FI_DEV_GPU_UTIL"
  namespace           = "ContainerInsights"
  period              = 300
  statistic           = "Average"
  threshold           = 5
  alarm_description   = "GPU utilisation under 5% for 30 minutes on ${each.value}: idle GPUs cost money."
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.finops.arn]

  dimensions = {
    NodeGroup = each.value
  }
}

resource "aws_sns_topic" "finops" {
  name = "${var.name}-finops-alerts"
}

resource "aws_cloudwatch_dashboard" "costs" {
  dashboard_name = "${var.name}-costs"
  dashboard_body = jsonencode({
    widgets = [
      {
        type   = "metric"
        x      = 0
        y      = 0
        width  = 12
        height = 6
        properties = {
          title   = "Estimated charges"
          region  = "us-east-1"
          stat    = "Maximum"
          period  = 21600
          metrics = [["AWS/Billing", "EstimatedCharges", "Currency", "USD"]]
        }
      },
      {
        type   = "text"
        x      = 12
        y      = 0
        width  = 12
        height = 6
        properties = {
          markdown = "## Spend\nOwner: ${var.owner}"
        }
      },
    ]
  })
}

resource "aws_budgets_budget" "monthly" {
  name         = "${var.name}-monthly"
  budget_type  = "COST"
  limit_amount = "25000.0"
  limit_unit   = "USD"
  time_unit    = "MONTHLY"

  cost_filter {
    name   = "TagKeyValue"
    values = ["user:Project$mlplatform"]
  }

  notification {
    comparison_operator        = "GREATER_THAN"
    threshold                  = 80
    threshold_type             = "PERCENTAGE"
    notification_type          = "FORECASTED"
    subscriber_email_addresses = var.budget_emails
  }
}
