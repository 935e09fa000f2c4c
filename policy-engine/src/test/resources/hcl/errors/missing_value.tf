# expect: 3:4 expected an expression, found the end of the line
# recovers: y
x =
y = 1
