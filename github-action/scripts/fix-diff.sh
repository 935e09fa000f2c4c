#!/usr/bin/env bash
# Prints the job summary's section "what finguard fix would change": the unified diff that `finguard fix` gives for
# the files with fixable findings in the scan's JSON report, in a collapsed <details> block, cut at 400 lines (the
# summary of one step may hold 1 MiB, and a long diff is better read by running finguard fix). Prints nothing when
# no finding is fixable. Never fails the step: the scan decides that.
# Usage: fix-diff.sh REPORT.json SCAN_ROOT   (run in the workspace; FG_CONFIG as for the scan)
set -uo pipefail
json="$1"
root="$2"
finguard="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/finguard"
max_lines=400

# report paths are relative to the git repository's top level (else to the scan root); fix is given them whole
base="$(git -C "$root" rev-parse --show-toplevel 2> /dev/null || (cd "$root" && pwd))"
mapfile -t files < <(jq -r --arg base "$base" \
  '[.findings[] | select(.fixable and .file != null) | .file] | unique | .[] | $base + "/" + .' "$json")
[ "${#files[@]}" -gt 0 ] || exit 0
args=(fix "${files[@]}")
[ -z "${FG_CONFIG:-}" ] || args+=(--config "$FG_CONFIG")
diff="$("$finguard" "${args[@]}")"
status=$?

echo
if [ "$status" -ne 0 ]; then
  echo "finguard fix could not compute its changes (exit $status); the step's log says why."
  exit 0
fi
if [ -z "$diff" ]; then
  echo "finguard fix has nothing to change for these findings."
  exit 0
fi
total="$(printf '%s\n' "$diff" | wc -l)"
changed="$(printf '%s\n' "$diff" | grep -c '^diff --git ')"
# a fence longer than any run of backticks in the diff, so that the diff cannot close it
longest="$(printf '%s\n' "$diff" | grep -o '`*' | awk '{ if (length > n) n = length } END { print n + 0 }')"
fence="$(printf '%*s' "$((longest < 3 ? 3 : longest + 1))" '' | tr ' ' '`')"
echo "<details><summary>What <code>finguard fix</code> would change ($changed $([ "$changed" = 1 ] && echo file \
|| echo files)): run <code>finguard fix --write</code> to apply it</summary>"
echo
echo "${fence}diff"
printf '%s\n' "$diff" | head -n "$max_lines"
echo "$fence"
if [ "$total" -gt "$max_lines" ]; then
  echo
  echo "…and $((total - max_lines)) more lines: run \`finguard fix\` to see them all."
fi
echo
echo "</details>"
