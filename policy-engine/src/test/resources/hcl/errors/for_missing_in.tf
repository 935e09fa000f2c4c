# expect: 2:12 expected 'in' after the for-expression variables, found the name "xs"
x = [for v xs : v]
