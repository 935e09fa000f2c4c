region   = "eu-west-1"
replicas = "2"
tags     = { team = "ml", cost = 100 }
owner    = "tfvars"
