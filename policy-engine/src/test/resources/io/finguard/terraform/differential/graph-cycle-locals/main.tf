# A real cycle: Terraform refuses the plan with "Cycle: local.a, local.b". finguard reports one cycle naming both.
locals {
  a = "${local.b}-a"
  b = "${local.a}-b"
  c = "independent"
}

resource "terraform_data" "uses_cycle" {
  input = local.a
}

resource "terraform_data" "independent" {
  input = local.c
}
