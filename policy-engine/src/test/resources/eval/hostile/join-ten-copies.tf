# Each local joins ten copies of the previous one: l10 would be 10^10 characters. l7 is the first too long.
# expect line 12: evaluation limit: a string longer than 16,777,216 characters
locals {
  l0  = "abcdefghij"
  l1  = join("", [local.l0, local.l0, local.l0, local.l0, local.l0, local.l0, local.l0, local.l0, local.l0, local.l0])
  l2  = join("", [local.l1, local.l1, local.l1, local.l1, local.l1, local.l1, local.l1, local.l1, local.l1, local.l1])
  l3  = join("", [local.l2, local.l2, local.l2, local.l2, local.l2, local.l2, local.l2, local.l2, local.l2, local.l2])
  l4  = join("", [local.l3, local.l3, local.l3, local.l3, local.l3, local.l3, local.l3, local.l3, local.l3, local.l3])
  l5  = join("", [local.l4, local.l4, local.l4, local.l4, local.l4, local.l4, local.l4, local.l4, local.l4, local.l4])
  l6  = join("", [local.l5, local.l5, local.l5, local.l5, local.l5, local.l5, local.l5, local.l5, local.l5, local.l5])
  # the join of l7 stops once it passes the limit, not after ten copies
  l7  = join("", [local.l6, local.l6, local.l6, local.l6, local.l6, local.l6, local.l6, local.l6, local.l6, local.l6])
  l8  = join("", [local.l7, local.l7, local.l7, local.l7, local.l7, local.l7, local.l7, local.l7, local.l7, local.l7])
  l9  = join("", [local.l8, local.l8, local.l8, local.l8, local.l8, local.l8, local.l8, local.l8, local.l8, local.l8])
  l10 = join("", [local.l9, local.l9, local.l9, local.l9, local.l9, local.l9, local.l9, local.l9, local.l9, local.l9])
}
