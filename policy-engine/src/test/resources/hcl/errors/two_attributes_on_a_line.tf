# expect: 3:7 expected a newline after the value of "a", found the name "b"
# recovers: c
a = 1 b = 2
c = 3
