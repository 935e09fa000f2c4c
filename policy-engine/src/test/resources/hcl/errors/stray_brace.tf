# expect: 4:1 unexpected '}'
# recovers: b
a = 1
}
b = 2
