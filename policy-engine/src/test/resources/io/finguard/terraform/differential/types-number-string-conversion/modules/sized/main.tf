variable "count_n" {
  type = number
}

variable "label" {
  type = string
}

variable "code" {
  type = string
}

variable "enabled" {
  type = bool
}

resource "terraform_data" "this" {
  input = {
    count_n  = var.count_n
    doubled  = var.count_n * 2
    label    = var.label
    upper    = upper(var.label)
    code     = var.code
    code_len = length(var.code)
    enabled  = var.enabled
    negated  = !var.enabled
  }
}

output "values" {
  value = [var.count_n, var.label, var.code, var.enabled]
}
