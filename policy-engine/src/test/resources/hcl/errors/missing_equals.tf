# expect: 3:6 expected '=' or a block after the name "name"
# recovers: ok
name 1
ok = 2
