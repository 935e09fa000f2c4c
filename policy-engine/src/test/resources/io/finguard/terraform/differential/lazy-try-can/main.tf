# try() and can() swallow the errors of what they wrap: a null argument, a missing attribute, a bad index and a
# failed conversion give the fallback or false, and no error is reported.
variable "settings" {
  type    = any
  default = { name = null, sizes = [1] }
}

resource "terraform_data" "guarded" {
  input = {
    lowered     = try(lower(var.settings.name), "fallback")
    missing     = try(var.settings.missing.deeper, "no-attribute")
    out_of_list = try(var.settings.sizes[5], -1)
    first       = try(var.settings.sizes[0], -1)
    can_missing = can(var.settings.missing)
    can_number  = can(tonumber("x12"))
    can_name    = can(var.settings.name)
  }
}

output "lowered" {
  value = try(lower(var.settings.name), "fallback")
}
