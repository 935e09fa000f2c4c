variable "function_name" {
  type = string
}

variable "cloudwatch_logs_retention_in_days" {
  description = "Days to keep the function's logs; null keeps them forever"
  type        = number
  default     = null
}
