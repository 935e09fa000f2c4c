# Resources with no instances (count = 0, for_each over an empty map) are never evaluated: their bodies would
# fail on null values, yet Terraform plans without an error.
variable "name" {
  type    = string
  default = null
}

variable "settings" {
  type    = map(object({ size = number }))
  default = {}
}

resource "terraform_data" "counted" {
  count = var.name == null ? 0 : 1
  input = lower(var.name)
}

resource "terraform_data" "each" {
  for_each = var.settings
  input    = "${each.key}-${each.value.size * 2}-${lower(var.name)}"
}

# the only instance in the root: values from variables, not from the resources above (their attributes would be
# resource values, which the corpus leaves out)
resource "terraform_data" "always" {
  input = { name_is_null = var.name == null, settings = length(var.settings) }
}

output "settings" {
  value = var.settings
}
