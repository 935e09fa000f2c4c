#!/usr/bin/env bash
# Step "Run finguard": one scan of the workspace that writes every report the Action needs at once.
#   stdout                 the `github` format: workflow commands the runner turns into annotations on the diff
#   $GITHUB_STEP_SUMMARY   the `markdown` format (counts, findings table), then what `finguard fix` would change
#   $GITHUB_OUTPUT         findings (how many were reported) and sarif-file (for the upload step)
# Inputs come as FG_* environment variables (see action.yml). Exit status: 0, or 1 when fail-on-findings is true
# and finguard found something at or above the threshold (or a file it could not parse), or 2 when the scan could
# not run (bad input, invalid config, missing base commit).
set -euo pipefail
scripts="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
finguard="$scripts/../../finguard"
workspace="${GITHUB_WORKSPACE:?the runner sets GITHUB_WORKSPACE}"
: "${GITHUB_OUTPUT:?the runner sets GITHUB_OUTPUT}" "${GITHUB_STEP_SUMMARY:?the runner sets GITHUB_STEP_SUMMARY}"
reports="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/finguard"
mkdir -p "$reports"

# fails the step with an annotation that says what to change; exit 2 as finguard does for usage errors
usage_error() {
  echo "::error title=finguard::$1"
  exit 2
}

# true or false, as GitHub writes booleans in `with:`; anything else is a mistake worth stopping for
flag() {
  case "${2,,}" in
    true) return 0 ;;
    false) return 1 ;;
    *) usage_error "input $1 must be true or false, got \"$2\"" ;;
  esac
}

cd "$workspace"
mapfile -t paths < <(tr -s ' \t' '\n\n' <<< "${FG_PATH:-.}" | sed '/^$/d')
[ "${#paths[@]}" -gt 0 ] || paths=(.)
args=(scan "${paths[@]}")
[ -z "${FG_CONFIG:-}" ] || args+=(--config "$FG_CONFIG")
[ -z "${FG_PLAN:-}" ] || args+=(--plan "$FG_PLAN")
[ -z "${FG_THRESHOLD:-}" ] || args+=(--severity-threshold "$FG_THRESHOLD")
mapfile -t policies < <(tr -s ' \t' '\n\n' <<< "${FG_POLICY:-}" | sed '/^$/d')
for policy in "${policies[@]}"; do args+=(--policy "$policy"); done
[ -z "${FG_REGO_VERSION:-}" ] || args+=(--rego-version "$FG_REGO_VERSION")
fail_on_findings=false
if flag fail-on-findings "${FG_FAIL_ON_FINDINGS:-true}"; then fail_on_findings=true; fi

base=""
if flag changed-only "${FG_CHANGED_ONLY:-true}"; then
  case "${GITHUB_EVENT_NAME:-}" in
    pull_request | pull_request_target)
      base="$(jq -r '.pull_request.base.sha // empty' "${GITHUB_EVENT_PATH:?the runner sets GITHUB_EVENT_PATH}")"
      [ -n "$base" ] || usage_error "changed-only: the $GITHUB_EVENT_NAME event has no pull_request.base.sha"
      if ! git cat-file -e "$base^{commit}" 2> /dev/null; then
        usage_error "changed-only needs the pull request's base commit $base in the checkout: check out with \
actions/checkout and fetch-depth: 0, or set changed-only: false"
      fi
      args+=(--changed-since "$base")
      ;;
    *) echo "finguard: changed-only applies to pull requests; a ${GITHUB_EVENT_NAME:-local} run scans everything" >&2 ;;
  esac
fi

sarif="$reports/finguard.sarif"
markdown="$reports/finguard.md"
json="$reports/finguard.json"
status=0
"$finguard" "${args[@]}" --format github --format sarif --output "$sarif" --format markdown --output "$markdown" \
  --format json --output "$json" || status=$?
if [ "$status" -ge 2 ]; then
  usage_error "finguard could not run the scan (exit $status); the log above says why"
fi

# finguard names every file from the top of the git repository (SARIF's %SRCROOT%), which is where code scanning
# and annotations resolve them; fix-diff.sh is told the scan root for a scan outside a repository.
root=.
if [ "${#paths[@]}" -eq 1 ] && [ -d "${paths[0]}" ]; then
  root="${paths[0]}"
fi

findings="$(jq '.summary.findings' "$json")"
{
  echo "findings=$findings"
  echo "sarif-file=$sarif"
} >> "$GITHUB_OUTPUT"
{
  cat "$markdown"
  bash "$scripts/fix-diff.sh" "$json" "$root"
} >> "$GITHUB_STEP_SUMMARY"

if [ "$status" -eq 1 ] && [ "$fail_on_findings" = true ]; then
  echo "finguard: failing the job: findings at or above the threshold, or files that could not be parsed" \
    "(fail-on-findings: true)" >&2
  exit 1
fi
exit 0
