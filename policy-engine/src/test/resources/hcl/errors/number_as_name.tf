# expect: 3:1 expected an attribute or block name, found the number 42
# recovers: y
42 = x
y = 1
