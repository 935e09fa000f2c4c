#!/usr/bin/env bash
# Counts what `finguard inspect` reports on real Terraform repositories: per repository the evaluation errors,
# resources and module instances, then every error message grouped by kind (quoted names folded). Each argument
# is a repository checkout, scanned as a whole, as a user would scan it. Needs jq. docs/realworld.md has the figures.
#
#   benchmarks/realworld-errors.sh REPO...
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
[ "$#" -gt 0 ] || { echo "usage: $0 REPO..." >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for repo in "$@"; do
  name="$(basename "$repo")"
  "$root/finguard" inspect --format json "$repo" > "$out/$name.json" 2> /dev/null || true
  jq -r --arg n "$name" \
    '"\($n): \(.errors | length) errors, \(.resources | length) resources, \(.modules | length) module instances"' \
    "$out/$name.json"
done
echo "errors by message:"
jq -r '.errors[] | .message' "$out"/*.json | sed -E 's/"[^"]*"/"…"/g; s/ \(in module[^)]*\)$//' \
  | sort | uniq -c | sort -rn
