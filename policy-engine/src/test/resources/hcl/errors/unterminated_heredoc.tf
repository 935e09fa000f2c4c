# expect: 2:5 unterminated heredoc
x = <<EOT
abc
EOTX
