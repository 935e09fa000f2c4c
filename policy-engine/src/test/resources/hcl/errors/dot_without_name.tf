# expect: 2:8 expected an attribute name after '.', found '('
x = var.(a)
