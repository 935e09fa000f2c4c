# Functions whose output is much larger than their input.
# expect line 9: evaluation limit: a string longer than 16,777,216 characters
# expect line 10: evaluation limit: a string longer than 16,777,216 characters
# expect line 11: evaluation limit: a string longer than 16,777,216 characters
# expect line 12: evaluation limit: a string longer than 16,777,216 characters
# expect line 13: evaluation limit: a string longer than 16,777,216 characters
locals {
  line     = join("", [for i in range(1000) : "0123456789"])
  padded   = format("%999999999d", 1)
  precise  = format("%.999999999f", 1)
  replaced = replace(local.line, "", local.line)
  indented = indent(100000, join("\n", range(1000)))
  regex    = replace(local.line, "/(.)/", "${local.line}$1")
}
