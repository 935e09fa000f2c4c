project     = "mlplatform"
environment = "prod"
region      = "eu-west-1"

private_subnet_ids = [
  "subnet-0a1b2c3d4e5f60001",
  "subnet-0a1b2c3d4e5f60002",
  "subnet-0a1b2c3d4e5f60003",
]

gpu_max_nodes    = 16
spot_price_ratio = 0.4
enable_bastion   = false

tags = {
  Project     = "mlplatform"
  Team        = "ml-infra"
  Environment = "prod"
  CostCenter  = "cc-4410"
  Owner       = "ml-infra@example.com"
}

functions = {
  ingest = {
    handler   = "app.handler"
    memory_mb = 1024
    env = {
      SOURCE = "s3"
    }
  }
  score = {
    handler         = "score.handler"
    runtime         = "python3.11"
    timeout_seconds = 300
  }
}
