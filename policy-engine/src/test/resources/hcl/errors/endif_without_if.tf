# expect: 2:7 unexpected %{endif} without a matching %{if}
x = "a%{ endif }"
