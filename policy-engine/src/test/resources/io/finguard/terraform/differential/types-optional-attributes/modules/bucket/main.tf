variable "config" {
  type = object({
    name    = string
    tier    = optional(string)
    size    = optional(number, 3)
    enabled = optional(bool, true)
    tags    = optional(map(string), {})
  })
}

resource "terraform_data" "this" {
  input = {
    config        = var.config
    tier_is_null  = var.config.tier == null
    size_plus_one = var.config.size + 1
    tag_count     = length(var.config.tags)
  }
}

output "config" {
  value = var.config
}
