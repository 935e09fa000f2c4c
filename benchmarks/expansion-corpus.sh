#!/usr/bin/env bash
# Writes a root that calls one module with for_each over N services (default 300), the module holding 8 log groups:
# what module expansion multiplies. Time `./finguard inspect DIR` on it to measure the cost per module instance.
#
#   benchmarks/expansion-corpus.sh DIR [N]
set -euo pipefail
dir="${1:?usage: $0 DIR [N]}"; n="${2:-300}"
mkdir -p "$dir/modules/svc"
{
  echo 'locals {'
  echo '  services = {'
  for i in $(seq 0 $((n - 1))); do
    printf '    svc%03d = { size = %d, env = "prod" }\n' "$i" $((i % 7 + 1))
  done
  echo '  }'
  echo '}'
  echo
  echo 'module "svc" {'
  echo '  source   = "./modules/svc"'
  echo '  for_each = local.services'
  echo '  name     = each.key'
  echo '  size     = each.value.size'
  echo '  env      = each.value.env'
  echo '}'
} > "$dir/main.tf"
{
  echo 'variable "name" { type = string }'
  echo 'variable "size" { type = number }'
  echo 'variable "env" { type = string }'
  for j in $(seq 0 7); do
    echo "resource \"aws_cloudwatch_log_group\" \"g$j\" {"
    echo "  name              = \"/svc/\${var.name}/$j\""
    echo '  retention_in_days = var.size * 30'
    echo '  tags              = { Service = var.name, Environment = var.env }'
    echo '}'
  done
} > "$dir/modules/svc/main.tf"
