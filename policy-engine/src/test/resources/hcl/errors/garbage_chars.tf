# expect: 3:7 invalid characters '@@@'
# recovers: y
x = 1 @@@
y = 2
