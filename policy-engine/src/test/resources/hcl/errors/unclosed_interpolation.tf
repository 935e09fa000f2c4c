# expect: 2:6 unclosed '${'
x = "${a
