# expect: 2:5 single quotes are not valid in HCL
x = 'a'
