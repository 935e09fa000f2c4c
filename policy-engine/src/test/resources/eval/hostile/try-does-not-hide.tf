# try() and can() catch user errors, not a limit: the value is unknown and the limit is reported.
# expect line 6: evaluation limit: a string longer than 16,777,216 characters
# expect line 7: evaluation limit: a string longer than 16,777,216 characters
locals {
  line   = join("", [for i in range(1000) : "0123456789"])
  caught = try(replace(local.line, "", local.line), "fallback")
  can    = can(format("%999999999d", 1))
}
