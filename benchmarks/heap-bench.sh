#!/usr/bin/env bash
# Memory of a whole `scan` of the 40 MB generated corpus (issue 14's "heap per input byte" row), for any finguard.jar,
# so that two builds can be compared on the same machine:
#
#   benchmarks/heap-bench.sh JAR [RUNS]          e.g. benchmarks/heap-bench.sh cli/target/finguard.jar 3
#
# Each run prints the peak resident set size of the process (/usr/bin/time -v, else the VmHWM the kernel keeps for
# it, read from /proc while it runs) and, from the JVM's own GC log, the largest heap left after a collection: peak
# RSS is what the user's machine pays (JVM and collector headroom included), heap after GC is closer to what the
# loaded model keeps. The summary gives medians and both per corpus byte. The JVM options are the ones ./finguard
# passes (C1 only, parallel collector, 512 MB initial heap, 64 MB young generation, huge pages when the kernel offers
# them), without its class-data archive, which changes start-up and not memory; set JAVA_OPTS to replace them,
# COMMAND to time another command (default: scan --format json).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
jar="${1:?usage: benchmarks/heap-bench.sh JAR [RUNS]}"
runs="${2:-3}"
jar="$(readlink -f "$jar")"
[ -f "$jar" ] || { echo "no such jar: $jar" >&2; exit 2; }
cd "$root"
if [ ! -d benchmarks/target/classes ]; then
  mvn -B -q -Dstyle.color=never -DskipTests package -pl benchmarks -am 1>&2
fi
corpus="bench-corpus/40mb"
if [ ! -d "$corpus" ]; then
  java -cp benchmarks/target/classes io.finguard.bench.CorpusGenerator --out "$corpus" --files 6000 \
    --target-bytes 40000000 --seed 42
fi
bytes=$(find "$corpus" -name '*.tf' -print0 | xargs -0 cat | wc -c)
defaults="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xms512m -Xmn64m -XX:-UsePerfData"
thp=""
[ -r /sys/kernel/mm/transparent_hugepage/enabled ] && read -r thp < /sys/kernel/mm/transparent_hugepage/enabled
case "$thp" in *"[madvise]"* | *"[always]"*) defaults="$defaults -XX:+UseTransparentHugePages" ;; esac
read -r -a opts <<< "${JAVA_OPTS:-$defaults}"
read -r -a command <<< "${COMMAND:-scan --format json}"
echo "jar: $jar"
echo "corpus: $corpus ($(find "$corpus" -name '*.tf' | wc -l) files, $bytes bytes of .tf)"
echo "java: $(java -version 2>&1 | head -1); options: ${opts[*]}; command: ${command[*]}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Peak RSS in kB of the command given: /usr/bin/time -v when installed, else polling VmHWM (the kernel's own
# high-water mark, so polling misses nothing but the last few milliseconds of a process that is exiting anyway).
peak_rss() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$@" > /dev/null 2> "$work/time" || true
    awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time"
  else
    "$@" > /dev/null 2>&1 &
    local pid=$! hwm=0 now
    while kill -0 "$pid" 2> /dev/null; do
      now=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2> /dev/null || true)
      [ -n "$now" ] && hwm=$now
      sleep 0.05
    done
    wait "$pid" || true
    echo "$hwm"
  fi
}

rss=(); after=()
for i in $(seq 1 "$runs"); do
  kb=$(peak_rss java "${opts[@]}" -Xlog:gc:file="$work/gc.log" -jar "$jar" "${command[@]}" "$corpus")
  # "GC(3) Pause Young (Allocation Failure) 1200M->800M(2000M) 123.456ms": the largest "->800M"
  mb=$(grep -o -- '->[0-9]*M' "$work/gc.log" | tr -dc '0-9\n' | sort -n | tail -1)
  mb=${mb:-0}
  rss+=("$kb"); after+=("$mb")
  echo "run $i: peak RSS $(( kb / 1024 )) MB, largest heap after GC ${mb} MB, $(grep -c 'Pause' "$work/gc.log") collections"
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
m_rss=$(median "${rss[@]}"); m_after=$(median "${after[@]}")
awk -v kb="$m_rss" -v mb="$m_after" -v bytes="$bytes" -v runs="$runs" 'BEGIN {
  printf "median of %d runs: peak RSS %d MB (%.1f B per input byte), largest heap after GC %d MB (%.1f B per input byte)\n",
    runs, kb / 1024, kb * 1024 / bytes, mb, mb * 1048576 / bytes }'
