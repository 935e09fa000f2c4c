# The body of a repetition over an empty collection is never evaluated. Terraform's built-in terraform_data has
# no nested blocks, so a dynamic block cannot be planned here; a for expression is the same construct for values:
# its body (lower(null), an attribute of null) would fail for any element, but there are none.
variable "rules" {
  type    = list(object({ name = string }))
  default = []
}

variable "missing" {
  type    = string
  default = null
}

resource "terraform_data" "rules" {
  input = {
    names  = [for r in var.rules : lower(var.missing)]
    by_key = { for r in var.rules : r.name => upper(var.missing) }
    count  = length(var.rules)
  }
}

output "names" {
  value = [for r in var.rules : "${r.name}-${lower(var.missing)}"]
}
