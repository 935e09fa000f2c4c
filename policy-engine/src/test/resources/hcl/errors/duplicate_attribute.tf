# expect: 4:3 duplicate attribute "name": it is already defined at line 3
r {
  name = 1
  name = 2
}
