resource "aws_sns_topic" "alerts" {
  name = "mlplat-alerts"
}
