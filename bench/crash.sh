#!/usr/bin/env bash
# Crash test (issue #4): 16 concurrent clients submit requests through POST /api/v1/documents on
# the machine's PostgreSQL; the server is killed with SIGKILL in the middle and started again.
# Every submission answered 2xx must be present afterwards, none twice, and the audit chain must
# verify (./zhengwu audit verify).
# Usage: bench/crash.sh [--before-kill SECONDS]   (default 10; SKIP_BUILD=1 reuses the build)
# Ends with one JSON line: {"acked":…, "present":…, "duplicates":…, "audit_ok":true|false}
set -euo pipefail
cd "$(dirname "$0")/.."
before_kill=10
[ "${1:-}" = "--before-kill" ] && before_kill="$2"
. bench/lib/pgapp.sh

bench_up crash

client() {  # N: submits until the stop file appears; records every 2xx answer (id, document number)
  local i=0 number code
  while [ ! -f "$work/stop" ]; do
    i=$((i + 1)); number="9$1$(printf '%06d' "$i")"
    code=$(curl -s -o "$work/c$1.out" -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' --data "$(submission_json "$number")" \
      "http://127.0.0.1:$port/api/v1/documents" 2>/dev/null) || code=000
    if [ "${code:0:1}" = 2 ]; then
      echo "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$work/c$1.out") $number" >>"$work/acked"
    elif [ "$code" = 000 ]; then
      sleep 0.2   # the server is down: keep trying until told to stop
    fi
  done
}
for n in $(seq 10 25); do client "$n" & done
sleep "$before_kill"
kill -9 "$app_pid"; wait "$app_pid" 2>/dev/null || true
echo "killed the server after ${before_kill}s; $(wc -l <"$work/acked") submissions acknowledged" >&2
sleep 2; touch "$work/stop"; wait
app_pid=
app_start "$db" "$port" "$work/app.log"

acked=$(wc -l <"$work/acked")
psql -h 127.0.0.1 -U postgres -d "$db" -qc "CREATE TABLE bench_acked (id VARCHAR(36), doc_number VARCHAR(100))"
awk '{print $1 "\t聊环发〔2022〕" $2 "号"}' "$work/acked" \
  | psql -h 127.0.0.1 -U postgres -d "$db" -qc "\\copy bench_acked FROM STDIN"
present=$(psql -h 127.0.0.1 -U postgres -d "$db" -Atc \
  "SELECT count(*) FROM bench_acked a JOIN document.incoming d ON d.id = a.id AND d.doc_number = a.doc_number")
duplicates=$(psql -h 127.0.0.1 -U postgres -d "$db" -Atc \
  "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM document.incoming GROUP BY doc_number HAVING count(*) > 1) d")
stored=$(psql -h 127.0.0.1 -U postgres -d "$db" -Atc "SELECT count(*) FROM document.incoming")
echo "acknowledged $acked, present $present, stored in all $stored (some unacknowledged ones may have committed)" >&2
audit_ok=false
if ( app_env "$db"; ./zhengwu audit verify --data "$work/data" ) >&2; then audit_ok=true; fi
printf '{"acked":%d, "present":%d, "duplicates":%d, "audit_ok":%s}\n' "$acked" "$present" "$duplicates" "$audit_ok"
