variable "members" {
  type = map(object({
    size = optional(number, 1)
    kind = optional(string)
  }))
}

resource "terraform_data" "this" {
  input = {
    members = var.members
    total   = sum([for m in values(var.members) : m.size])
    kinds   = [for k, m in var.members : coalesce(m.kind, "default-${k}")]
  }
}

output "members" {
  value = var.members
}
