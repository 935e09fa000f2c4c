variable "resource_tags" {
  type = object({
    Team    = string
    Project = string
    Owner   = optional(string, "platform")
  })
}

resource "terraform_data" "this" {
  input = { tags = var.resource_tags, keys = keys(var.resource_tags) }
}

output "tags" {
  value = var.resource_tags
}
