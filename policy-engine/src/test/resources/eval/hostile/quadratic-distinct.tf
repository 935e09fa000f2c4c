# distinct() compares every element with those kept: ten thousand distinct elements take 5 * 10^7 comparisons,
# a million would take 5 * 10^11.
# budget: 1000000
# expect line 7: evaluation limit: this root module needs more than 1,000,000 evaluation steps
locals {
  many   = flatten([for i in range(100) : [for j in range(100) : i * 100 + j]])
  unique = distinct(local.many)
}
