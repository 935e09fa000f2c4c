owner = "b-auto"
