# Small values that hold the same list a thousand times over: flattening or encoding them would build far more
# than they hold.
# expect line 12: evaluation limit: a collection of more than 1,048,576 elements
# expect line 13: evaluation limit: a string longer than 16,777,216 characters
# expect line 14: evaluation limit: a string longer than 16,777,216 characters
# expect line 16: evaluation limit: a collection of more than 1,048,576 elements
locals {
  row     = range(1000)
  square  = [for i in range(1000) : local.row]
  line    = join("", [for i in range(1000) : "0123456789"])
  lines   = [for i in range(2) : [for j in range(1000) : local.line]]
  cube    = flatten([for i in range(1000) : local.square])
  json    = jsonencode(local.lines)
  yaml    = yamlencode(local.lines)
  million = flatten(local.square)
  more    = concat(local.million, local.million)
}
