/*
 * A file that puts comments in every place HCL allows them.
 */

# hash comment
// slash comment
resource /* before the type label */ "aws_instance" /* between labels */ "worker" { # after the brace
  # leading comment
  ami = "ami-0123456789abcdef0" # trailing hash
  instance_type = /* inline */ "c6i.large" // trailing slash

  tags = { # after the object brace
    # inside the object
    Name = "worker" # after an item
    /* block */ Team = "ml-infra"
    Env = "dev", # comma then comment
  } # after the object

  list = [
    "a", # after an element
    // between elements
    "b" /* after b */,
  ]

  call = merge( # after the paren
    { a = 1 }, // first arg
    /* second arg */ { b = 2 }
  )

  cond = (
    var.enabled # the condition
    ? "on"      # when true
    : "off"     # when false
  )

  root_block_device {
    volume_size = 50 /* GB */
  }
  /* a comment
     spanning lines */
}
#last line comment without newline