#!/usr/bin/env bash
# Start-up figures: seconds from launching the built jar to a healthy /actuator/health (HTTP 200,
# status UP: the readiness state is only reached once start-up work such as the demo data is
# done), and the heap in use right after, with -Xmx384m, each start on a fresh data directory
# (so the schema is migrated every time). Three launches are measured in the same run:
#   launcher       what ./zhengwu serve runs: the extracted class path with the build's JDK AOT cache
#   launcher_demo  the same with --demo (the demo directory and accounts are loaded at start)
#   fat_jar        plain java -jar target/zhengwu.jar (no cache), for comparison
# Usage: bench/startup.sh [--runs N]   (default 5; medians are reported; SKIP_BUILD=1 reuses the build)
# Ends with one JSON line:
#   {"ready_s":…, "heap_used_mb":…, "ready_s_demo":…, "heap_used_mb_demo":…, "ready_s_fat_jar":…, "runs":N}
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
[ "${1:-}" = "--runs" ] && runs="$2"

[ "${SKIP_BUILD:-}" = 1 ] || { ./zhengwu build >/dev/null; sleep 15; }  # let the build settle first
JDK="$(./zhengwu java-home)"
port=$((20000 + RANDOM % 20000))

# start_and_measure MODE → prints "seconds heap_mb"
start_and_measure() {
  local data; data="$(mktemp -d)"
  local cmd=("$JDK/bin/java" -Xmx384m) args=(serve --data "$data" --port "$port")
  case "$1" in
    launcher|launcher_demo)
      [ -f target/app/zhengwu.aot ] && cmd+=("-XX:AOTCache=target/app/zhengwu.aot" -Xlog:aot=off -Xlog:cds=off)
      cmd+=(-jar target/app/zhengwu.jar) ;;
    fat_jar) cmd+=(-jar target/zhengwu.jar) ;;
  esac
  [ "$1" = launcher_demo ] && args+=(--demo)
  local start end pid used_k
  start=$(date +%s.%N)
  "${cmd[@]}" "${args[@]}" >"$data/out.log" 2>&1 &
  pid=$!
  until curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "server died; see $data/out.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  sleep 2
  used_k=$("$JDK/bin/jcmd" "$pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  sleep 2  # let the machine settle (2 cores) before the next start
  echo "$(echo "$end - $start" | bc -l) $((used_k / 1024))"
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A secs heap
for mode in launcher launcher_demo fat_jar; do
  for i in $(seq 1 "$runs"); do
    read -r s h < <(start_and_measure "$mode")
    secs[$mode]+="$s "; heap[$mode]+="$h "
    printf '%s run %d: %.2f s, heap used %d MB\n' "$mode" "$i" "$s" "$h" >&2
  done
done
# shellcheck disable=SC2086
printf '{"ready_s":%.2f, "heap_used_mb":%d, "ready_s_demo":%.2f, "heap_used_mb_demo":%d, "ready_s_fat_jar":%.2f, "runs":%d}\n' \
  "$(median ${secs[launcher]})" "$(median ${heap[launcher]})" \
  "$(median ${secs[launcher_demo]})" "$(median ${heap[launcher_demo]})" \
  "$(median ${secs[fat_jar]})" "$runs"
