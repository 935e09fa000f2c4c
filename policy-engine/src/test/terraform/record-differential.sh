#!/usr/bin/env bash
# Records what Terraform itself plans for each case of the differential corpus, into <case>/expected.json,
# which DifferentialCorpusTest compares with finguard's model. Run by hand after adding or changing a case;
# the build never runs it and the tests never need terraform or jq.
#
#   policy-engine/src/test/terraform/record-differential.sh              # every case
#   policy-engine/src/test/terraform/record-differential.sh case-a ...   # only these
#
# Needs terraform (1.11; the corpus uses only the built-in terraform_data resource, so it runs offline) and jq.
# Each case runs in a temporary copy, so no .terraform/, lock file or plan ever lands in the repository.
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
corpus="$here/../resources/io/finguard/terraform/differential"
corpus="$(cd "$corpus" && pwd -P)"
terraform="${TERRAFORM:-terraform}"

command -v "$terraform" >/dev/null || { echo "record-differential: terraform not found (set TERRAFORM)" >&2; exit 2; }
command -v jq >/dev/null || { echo "record-differential: jq not found" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# No user CLI configuration (plugin caches, credentials, mirrors) may change what is recorded; an empty file also
# silences the warning about a missing ~/.terraformrc.
: > "$work/terraformrc"
export TF_CLI_CONFIG_FILE="$work/terraformrc" TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1 TF_INPUT=0
unset TF_DATA_DIR TF_WORKSPACE
while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(TF_VAR_[^=]*\)=.*/\1/p')

version="$("$terraform" version -json | jq -r '"Terraform v" + .terraform_version')"

if [ "$#" -gt 0 ]; then
    cases=("$@")
else
    cases=()
    for dir in "$corpus"/*/; do
        cases+=("$(basename "$dir")")
    done
fi

record() {
    local case="$1" src="$corpus/$1" dir="$work/$1"
    [ -f "$src/main.tf" ] || { echo "record-differential: no case $case (no $src/main.tf)" >&2; return 1; }
    rm -rf "$dir"
    cp -R "$src" "$dir"
    rm -f "$dir/expected.json"
    # path.cwd is absolute: the copy's directory becomes <cwd>, which the test replaces with its own.
    dir="$(cd "$dir" && pwd -P)"
    (cd "$dir" && "$terraform" init -no-color -backend=false >"$work/init.log" 2>&1) || {
        cat "$work/init.log" >&2; echo "record-differential: $case: terraform init failed" >&2; return 1; }
    if (cd "$dir" && "$terraform" plan -no-color -out=plan.bin >"$work/plan.log" 2>&1); then
        (cd "$dir" && "$terraform" show -no-color -json plan.bin) | jq -S --arg cwd "$dir" --arg version "$version" \
            --arg case "$case" -f "$here/differential-expected.jq" > "$src/expected.json.new"
    elif grep -q '^Error: Cycle: ' "$work/plan.log"; then
        # "Error: Cycle: local.b (expand), local.a (expand)": the nodes, without Terraform's graph-phase suffixes,
        # sorted because Terraform's order varies between runs.
        grep '^Error: Cycle: ' "$work/plan.log" | sed 's/^Error: Cycle: //' | tr ',' '\n' \
            | sed -e 's/^ *//' -e 's/ *([a-z]*)$//' -e '/^$/d' | sort -u \
            | jq -R . | jq -S -s --arg version "$version" \
                '{recordedWith: $version, error: "Cycle", nodes: .}' > "$src/expected.json.new"
    elif grep -q '^Error: ' "$work/plan.log"; then
        # Any other refusal (validation evaluates bodies that reference no input, even with no instances): each
        # error's summary, file and line, "Error: Invalid function argument" then "  on main.tf line 7, in ...".
        # finguard words its messages its own way, so the test compares where, not what.
        awk '/^Error: / { if (s != "") print s "\t\t"; s = substr($0, 8); next }
             s != "" && match($0, /^  on .* line [0-9]+/) {
                 at = substr($0, 6, RLENGTH - 5); n = split(at, w, " line ");
                 print s "\t" w[1] "\t" w[2]; s = "" }
             END { if (s != "") print s "\t\t" }' "$work/plan.log" \
            | jq -R -s -S --arg version "$version" '{recordedWith: $version, errors: [split("\n")[] | select(. != "")
                | split("\t") | {summary: .[0], file: .[1], line: (.[2] | tonumber? // null)}]}' \
            > "$src/expected.json.new"
        echo "$case: terraform refuses the plan; check that the case is meant to fail:" >&2
        grep '^Error: ' "$work/plan.log" >&2
    else
        cat "$work/plan.log" >&2
        echo "record-differential: $case: terraform plan failed without an error message" >&2
        return 1
    fi
    # A pipeline above that failed (jq refusing an unknown, say) left no JSON: keep the previous expected.json.
    # (jq 1.6 -e succeeds on an empty file, hence -s.)
    [ -s "$src/expected.json.new" ] && jq -e 'has("recordedWith")' "$src/expected.json.new" >/dev/null 2>&1 || {
        rm -f "$src/expected.json.new"; echo "record-differential: $case: not recorded" >&2; return 1; }
    mv "$src/expected.json.new" "$src/expected.json"
    echo "$case: $(jq -c 'if .error then {error, nodes} elif .errors then {errors} else {resources: (.resources|length), modules: (.modules|length), outputs: (.outputs|length)} end' "$src/expected.json")"
}

# record runs under "||", where bash ignores set -e: each step in it that can fail returns 1 itself, and the JSON is
# checked before it replaces expected.json.
failed=0
for case in "${cases[@]}"; do
    record "$case" || failed=1
done
exit "$failed"
