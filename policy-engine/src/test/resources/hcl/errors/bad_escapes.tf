# expect: 3:7 invalid escape sequence '\q'
# expect: 4:6 invalid escape sequence: '\u' must be followed by 4 hexadecimal digits
x = "a\qb"
y = "\u12"
