# expect: 3:9 expected '=' or ':' after the object key, found the number 1
# recovers: y
x = { a 1 }
y = 1
