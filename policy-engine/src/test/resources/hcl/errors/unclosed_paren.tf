# expect: 4:1 unclosed '(' opened at line 2, column 6
x = f(1, 2,
  3
