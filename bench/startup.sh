#!/usr/bin/env bash
# Start-up figures: seconds from launching the built jar to a healthy /actuator/health, and
# the heap in use right after, with -Xmx384m, on a fresh data directory with the demo data.
# Usage: bench/startup.sh [--runs N]   (default 3; the median is reported)
# Ends with one JSON line: {"ready_s":…, "heap_used_mb":…, "runs":N}
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3
[ "${1:-}" = "--runs" ] && runs="$2"

./zhengwu build >/dev/null
JDK="$(./zhengwu java-home)"
JAVA="$JDK/bin/java"
JCMD="$(dirname "$JAVA")/jcmd"
port=$((20000 + RANDOM % 20000))
ready=(); heap=()
for i in $(seq 1 "$runs"); do
  data="$(mktemp -d)"
  start=$(date +%s.%N)
  "$JAVA" -Xmx384m -jar target/zhengwu.jar serve --demo --data "$data" --port "$port" >"$data/out.log" 2>&1 &
  pid=$!
  until curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "server died; see $data/out.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  sleep 2  # let the start-up work (demo data, first requests) settle before reading the heap
  used_k=$("$JCMD" "$pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  ready+=("$(echo "$end - $start" | bc -l)")
  heap+=("$((used_k / 1024))")
  echo "run $i: ready ${ready[-1]} s, heap used ${heap[-1]} MB" >&2
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '{"ready_s":%.2f, "heap_used_mb":%d, "runs":%d}\n' "$(median "${ready[@]}")" "$(median "${heap[@]}")" "$runs"
