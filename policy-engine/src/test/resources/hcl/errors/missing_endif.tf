# expect: 2:6 missing %{endif} for this %{if}
x = "%{ if a }b"
