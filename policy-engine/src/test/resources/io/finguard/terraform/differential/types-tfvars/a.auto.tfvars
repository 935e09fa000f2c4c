replicas = 3
owner    = "a-auto"
