# expect: 2:9 expected if, else, endif, for or endfor after '%{', found the name "foo"
x = "%{ foo }"
