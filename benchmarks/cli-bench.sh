#!/usr/bin/env bash
# Whole-CLI benchmark: wall time of `./finguard inspect` over a generated corpus, JVM start included, through the
# same wrapper script (and JVM options) a user runs. Prints each run and the min/median; writes nothing else.
# Set FORMAT=json to time the JSON report instead of the text one.
#
#   benchmarks/cli-bench.sh [RUNS] [FILES] [BYTES]     (defaults: 10 runs over 2,200 files / 4.9 MB)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-10}"; files="${2:-2200}"; bytes="${3:-4900000}"
cd "$root"
if [ ! -d benchmarks/target/classes ]; then
  mvn -B -q -Dstyle.color=never -DskipTests package -pl benchmarks -am 1>&2
fi
./finguard --version > /dev/null   # builds the jar and its class-data archive if needed, outside the timing
corpus="bench-corpus/cli-$files-$bytes"
if [ ! -d "$corpus" ]; then
  java -cp benchmarks/target/classes io.finguard.bench.CorpusGenerator --out "$corpus" --files "$files" \
    --target-bytes "$bytes" --seed 42
fi
echo "corpus: $corpus ($(find "$corpus" -name '*.tf' | wc -l) files, $(du -sb "$corpus" | cut -f1) bytes)"
echo "java: $(java -version 2>&1 | head -1)"
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  ./finguard inspect --format "${FORMAT:-text}" "$corpus" > /dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "min ${sorted[0]} ms, median ${sorted[$(( runs / 2 ))]} ms over $runs runs"
