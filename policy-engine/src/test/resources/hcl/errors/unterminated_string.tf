# expect: 4:10 unterminated string
# recovers: other
resource "a" "b" {
  name = "abc
  other = 1
}
