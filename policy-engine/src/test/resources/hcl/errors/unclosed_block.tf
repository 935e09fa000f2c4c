# expect: 5:1 unclosed '{' opened at line 2, column 18
resource "a" "b" {
  x = 1
  y {}
