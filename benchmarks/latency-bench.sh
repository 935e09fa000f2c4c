#!/usr/bin/env bash
# Whole-process latency of the finguard CLI where people wait for it (issue 14): wall time from fork to exit,
# JVM start included, through a launcher script as a user runs it. Rows:
#
#   hello      java -cp DIR Hello: the JVM's own floor on this machine (the java on PATH, as the launchers use)
#   version    LAUNCHER --version
#   one-file   LAUNCHER scan stacks/S/main.tf, run from the top of a generated git repository of 2,587 resources
#              (1,020 files, 17 root stacks calling 153 local modules): what the pre-commit hook does on a commit
#   module-file  LAUNCHER scan modules/M/main.tf there: a changed file in a module that a root calls
#   corpus     LAUNCHER scan CORPUS: the 4.9 MB benchmark corpus (2,200 files, CorpusGenerator seed 42)
#
# Several launchers may be given (e.g. a build of an older commit and this one): their runs are interleaved, run
# by run and row by row, so that a machine whose load changes during the measurement hurts them alike. Prints
# every run, then the median, min and max wall time per row and launcher (seconds), and the median CPU time (user +
# system of the process and its children), which other processes on a busy machine inflate less than wall time.
# Writes nothing but bench-corpus/.
#
#   benchmarks/latency-bench.sh [RUNS] [LAUNCHER...]     (defaults: 5 runs of ./finguard of this checkout)
#   benchmarks/latency-bench.sh 5 /work/before/finguard ./finguard
#   PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH benchmarks/latency-bench.sh 5    # the JVM on PATH is used
#
# ROWS="version one-file" restricts the rows. The corpora are deterministic (same bytes every time), made once.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-5}"
shift || true
launchers=("$@")
[ ${#launchers[@]} -gt 0 ] || launchers=("$root/finguard")
for i in "${!launchers[@]}"; do launchers[$i]="$(readlink -f "${launchers[$i]}")"; done # some rows run elsewhere
rows=(${ROWS:-hello version one-file module-file corpus})
cd "$root"

if [ ! -f benchmarks/target/classes/io/finguard/bench/CorpusGenerator.class ]; then
  mvn -B -q -Dstyle.color=never -DskipTests package -pl benchmarks -am 1>&2
fi
generate() { # DIR FILES BYTES
  [ -d "$1" ] || java -cp benchmarks/target/classes io.finguard.bench.CorpusGenerator --out "$1" --files "$2" \
      --target-bytes "$3" --seed 42
}
corpus="$root/bench-corpus/cli-2200-4900000"
generate "$corpus" 2200 4900000
# The module repository is a git repository: a scan of named files loads their repository for context
# (engine/LoadScope), which is what a pre-commit run sees.
repo="$root/bench-corpus/repo-1020-2270000"
if [ ! -d "$repo/.git" ]; then
  rm -rf "$repo"
  generate "$repo" 1020 2270000
  git -C "$repo" init -q
  git -C "$repo" add -A
  git -C "$repo" -c user.name=bench -c user.email=bench@localhost -c commit.gpgsign=false commit -q -m corpus
fi
stack_file="stacks/$(ls "$repo/stacks" | head -1)/main.tf"
module_file="modules/$(ls "$repo/modules" | head -1)/main.tf"

hello="$(mktemp -d)"
trap 'rm -rf "$hello"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
    > "$hello/Hello.java"
javac -d "$hello" "$hello/Hello.java"

# command line of a row for one launcher; runs in $repo for the one-file rows (pre-commit passes paths from the top)
run_row() { # ROW LAUNCHER
  case "$1" in
    hello) java -Xshare:auto -cp "$hello" Hello ;;
    version) "$2" --version ;;
    one-file) (cd "$repo" && "$2" scan "$stack_file") ;;
    module-file) (cd "$repo" && "$2" scan "$module_file") ;;
    corpus) "$2" scan "$corpus" ;;
    *) echo "unknown row $1" >&2; return 2 ;;
  esac
}

echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "one-file: $repo/$stack_file; module-file: $repo/$module_file; corpus: $corpus"
for l in "${launchers[@]}"; do
  # untimed: builds the jar and its class-data archive or cache when a launcher does that on first use
  "$l" --version > /dev/null
  for row in "${rows[@]}"; do run_row "$row" "$l" > /dev/null 2>&1 || true; done
done

# CPU time (user + system, ms) of the children in a file the `times` builtin wrote (it must run in this shell: in
# $(...) it would report the subshell's children)
children_cpu() { # FILE
  tail -1 "$1" | awk '{ n = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); n += p[1] * 60000 + p[2] * 1000 }
      printf "%d", n }'
}

declare -A times cpus
for i in $(seq 1 "$runs"); do
  for row in "${rows[@]}"; do
    for l in "${launchers[@]}"; do
      [ "$row" = hello ] && [ "$l" != "${launchers[0]}" ] && continue # the floor does not depend on the launcher
      times > "$hello/times-before"
      start=$(date +%s%N)
      status=0
      run_row "$row" "$l" > /dev/null 2> "$hello/stderr" || status=$?
      end=$(date +%s%N)
      times > "$hello/times-after"
      cpu=$(( $(children_cpu "$hello/times-after") - $(children_cpu "$hello/times-before") ))
      if [ "$status" -gt 1 ]; then # 1 is "findings", which the corpora have
        echo "$row with $l failed (exit $status):" >&2; cat "$hello/stderr" >&2; exit 1
      fi
      ms=$(( (end - start) / 1000000 ))
      times["$row|$l"]+="$ms "
      cpus["$row|$l"]+="$cpu "
      echo "run $i $row $l: $ms ms (cpu $cpu ms)"
    done
  done
done

seconds() { printf '%d.%03d' $(( $1 / 1000 )) $(( $1 % 1000 )); }
echo
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg); seconds over $runs runs"
printf '%-12s %-8s %-8s %-8s %-8s %s\n' row median min max cpu launcher
for row in "${rows[@]}"; do
  for l in "${launchers[@]}"; do
    sorted=($(printf '%s\n' ${times["$row|$l"]} | sort -n))
    cpu=($(printf '%s\n' ${cpus["$row|$l"]} | sort -n))
    printf '%-12s %-8s %-8s %-8s %-8s %s\n' "$row" "$(seconds "${sorted[$(( runs / 2 ))]}")" \
        "$(seconds "${sorted[0]}")" "$(seconds "${sorted[$(( runs - 1 ))]}")" "$(seconds "${cpu[$(( runs / 2 ))]}")" "$l"
    [ "$row" = hello ] && break # one java, whatever the launcher
  done
done
