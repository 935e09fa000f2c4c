# overrides for the production account
allowed_regions = ["eu-west-1", "eu-central-1"]
budget_emails   = ["finops@example.com", "ml-infra@example.com"]

inference_overrides = [
  { instance_type = "g5.xlarge", weight = "1" },
  { instance_type = "g5.2xlarge", weight = "2" },
  { instance_type = "g4dn.xlarge" },
]

ingress_rules = [
  {
    port  = 443
    cidrs = ["10.0.0.0/8"]
  },
  {
    port  = 8443
    cidrs = ["10.40.0.0/16", "10.41.0.0/16"]
  },
]

node_labels = {
  "workload.example.com/tier" = "gpu"
  accelerator                 = "nvidia"
}

az_count           = 3
single_nat_gateway = false
kms_key_arn        = null
