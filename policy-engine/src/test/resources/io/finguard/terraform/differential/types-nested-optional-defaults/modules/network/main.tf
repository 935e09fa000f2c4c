variable "settings" {
  type = object({
    name = string
    vpc = optional(object({
      cidr    = optional(string, "10.0.0.0/16")
      subnets = optional(number, 2)
      flow_logs = optional(object({
        enabled   = optional(bool, false)
        retention = optional(number, 30)
      }), {})
    }), {})
    dns = optional(object({
      zone = string
      ttl  = optional(number, 300)
    }))
  })
}

resource "terraform_data" "this" {
  input = var.settings
}

output "settings" {
  value = var.settings
}
