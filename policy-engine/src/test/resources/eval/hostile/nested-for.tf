# A billion elements from three nested for-expressions: the root's steps run out (this test's budget is small),
# and that is reported once however many expressions are left.
# budget: 200000
# expect line 6: evaluation limit: this root module needs more than 200,000 evaluation steps
locals {
  cube  = [for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]]
  after = [for a in range(1000) : a]
}
