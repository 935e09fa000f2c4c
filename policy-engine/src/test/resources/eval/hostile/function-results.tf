# A function called in a loop builds a new copy each time: a thousand reversed copies of a million elements would
# take gigabytes, though each is within the size limits. The root's steps run out at the second copy.
# expect line 7: evaluation limit: this root module needs more than 10,000,000 evaluation steps
locals {
  square  = [for i in range(1000) : range(1000)]
  million = flatten(local.square)
  copies  = [for i in range(1000) : reverse(local.million)]
}
