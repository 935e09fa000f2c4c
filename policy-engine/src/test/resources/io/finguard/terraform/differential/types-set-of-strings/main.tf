# set(string): duplicates collapse and elements come out in Terraform's order for a set of strings
# (lexical), whatever order the value was written in; a number element becomes its string.
variable "zones" {
  type    = set(string)
  default = ["c", "a", "b", "a", 10]
}

resource "terraform_data" "zones" {
  input = {
    zones = var.zones
    count = length(var.zones)
    has_a = contains(var.zones, "a")
  }
}

output "zones" {
  value = var.zones
}
