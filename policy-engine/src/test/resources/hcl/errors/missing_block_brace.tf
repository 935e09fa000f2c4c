# expect: 3:17 expected '{' to open the block "resource", found the end of the line
# recovers: x
resource "a" "b"

x = 1
