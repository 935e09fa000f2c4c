# expect: 3:1 unterminated comment
a = 1
/* never closed
b = 2
