#!/usr/bin/env bash
# Intake throughput (issue #4): submissions per second through POST /api/v1/documents with every
# intake check (WR-55, WR-56; the signer looked up in the directory, the clock for the 3-day
# window), 16 concurrent clients (wrk, 2 threads), the application on the machine's PostgreSQL 15;
# and, in the same run on the same server, pgbench's single-row INSERT at 16 clients.
# Usage: bench/intake.sh [--seconds N]   (default 20; SKIP_BUILD=1 reuses the build)
# Ends with one JSON line: {"app_tps":…, "pgbench_tps":…, "ratio":…}
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=20
[ "${1:-}" = "--seconds" ] && seconds="$2"
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
command -v pgbench >/dev/null || apt-get install -y -qq postgresql-contrib >/dev/null
. bench/lib/pgapp.sh

bench_up intake

# check the payload is taken (201) before loading the server with it
code=$(curl -s -o "$work/first.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' --data "$(submission_json 0)" "http://127.0.0.1:$port/api/v1/documents")
[ "$code" = 201 ] || { echo "submission refused: HTTP $code $(cat "$work/first.json")" >&2; exit 1; }
echo "first submission: $(cat "$work/first.json" | head -c 300)" >&2

cat >"$work/submit.lua" <<LUA
local counter = 0
local tid = 0
local threads = {}
function setup(thread) tid = tid + 1; thread:set("tid", tid) end
function init(args) counter = 0 end
function request()
  counter = counter + 1
  local n = string.format("%d%07d", tid or 0, counter)
  local body = [==[$(submission_json NUMBER)]==]
  body = body:gsub("NUMBER", n)
  return wrk.format("POST", "/api/v1/documents",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer $token"}, body)
end
LUA
run_wrk() {  # SECONDS → "rps errors"
  local out; out=$(wrk -t2 -c16 -d"$1s" -s "$work/submit.lua" "http://127.0.0.1:$port/api/v1/documents")
  echo "$out" >&2
  local rps errors non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  errors=$(echo "$out" | awk '/Socket errors/ {gsub(/,/,""); print $4+$6+$8+$10}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  echo "$rps $(( ${errors:-0} + ${non2xx:-0} ))"
}
run_wrk 10 >/dev/null   # warm-up: JIT, pools
read -r app_tps app_errors < <(run_wrk "$seconds")
stored=$(psql -h 127.0.0.1 -U postgres -d "$db" -Atc "SELECT count(*) FROM document.incoming")
echo "application: $app_tps submissions/s, $app_errors errors; $stored documents stored in all" >&2

# pgbench: one single-row INSERT per transaction, 16 clients, same server, same run
psql -h 127.0.0.1 -U postgres -d "$db" -qc "CREATE TABLE bench_insert (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now())"
printf '%s\n' "\\set r random(1, 1000000000)" \
  "INSERT INTO bench_insert (payload) VALUES ('submission ' || :r);" >"$work/insert.sql"
pg_out=$(pgbench -h 127.0.0.1 -U postgres -n -c16 -j2 -T"$seconds" -f "$work/insert.sql" "$db" 2>&1)
echo "$pg_out" | tail -5 >&2
pgbench_tps=$(echo "$pg_out" | awk '/^tps = / {print $3; exit}')
ratio=$(echo "scale=3; $app_tps / $pgbench_tps" | bc -l)
[ "$app_errors" = 0 ] || echo "warning: $app_errors failed submissions" >&2
printf '{"app_tps":%.1f, "pgbench_tps":%.1f, "ratio":%s, "errors":%d}\n' "$app_tps" "$pgbench_tps" "$ratio" "$app_errors"
