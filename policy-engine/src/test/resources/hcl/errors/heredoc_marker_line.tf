# expect: 3:5 a heredoc marker like <<EOT must be followed directly by a newline
# recovers: y
x = <<EOT abc
y = 1
