#!/usr/bin/env bash
# The supervision ledger at 100,000 items on PostgreSQL: the ledger's filtered query (one unit,
# one status, a due window; the API the page uses, 50 items and the total) and the unit
# dashboard's figures, through the application (HTTP, signed in as the General Office, one
# keep-alive connection), against the same filter as one hand-written SQL query in one psql
# session on the same server, in the same run. The items are generated in SQL: units round-robin
# over the demo directory's departments and counties (independent of the status), five statuses,
# due dates over 2022.
# Usage: bench/ledger.sh [--requests N]   (SKIP_BUILD=1 reuses the build; PGHOST/PGUSER/PGPASSWORD
# as for psql, default 127.0.0.1 and postgres)
# Ends with one JSON line: {"p99_app_ms":…, "p99_sql_ms":…, "ratio":…, …dashboard figures}
set -euo pipefail
cd "$(dirname "$0")/.."
requests=300
[ "${1:-}" = "--requests" ] && requests="$2"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
db="zhengwu_bench_ledger_$$"
[ "${SKIP_BUILD:-}" = 1 ] || { ./zhengwu build >/dev/null; sleep 5; }
JDK="$(./zhengwu java-home)"
work="$(mktemp -d)"
port=$((20000 + RANDOM % 10000))
cleanup() {
  if [ -n "${app_pid:-}" ]; then kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; fi
  dropdb --if-exists "$db" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
createdb "$db"

SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:5432/$db" SPRING_DATASOURCE_USERNAME="$PGUSER" \
SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
  "$JDK/bin/java" -Xms1g -Xmx1g -jar target/app/zhengwu.jar serve --demo --data "$work/data" --port "$port" \
  >"$work/app.log" 2>&1 &
app_pid=$!
until curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.5
done

echo "generating 100,000 items …" >&2
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
CREATE TEMP TABLE b AS SELECT g, md5('bench-' || g) AS id FROM generate_series(1, 100000) g;
CREATE TEMP TABLE u AS SELECT id, (row_number() OVER (ORDER BY id)) - 1 AS k FROM directory.org_unit
  WHERE kind IN ('DEPARTMENT', 'COUNTY');
INSERT INTO supervision.item (id, source, source_ref, category, title, status, due_date, cycle, start_step, opened_on,
  closed_on, created_by, created_at)
SELECT b.id, (ARRAY['PLAN', 'INSTRUCTION', 'MEETING', 'MANUAL'])[1 + b.g % 4], 'bench-' || b.g, 'KEY_DOCUMENT',
  '督办事项 ' || b.g, (ARRAY['OPEN', 'IN_PROGRESS', 'REPORTED', 'CLOSED', 'PROPOSED'])[1 + b.g % 5],
  DATE '2022-01-03' + (b.g % 360), 'NONE', 0, DATE '2022-01-03',
  CASE WHEN b.g % 5 = 3 THEN DATE '2022-01-03' + (b.g % 360) - (b.g % 3) + 1 END, 'bench', now()
FROM b;
INSERT INTO supervision.item_unit (item_id, role, position, name, org_unit)
SELECT b.id, 'LEAD', 0, u.id, u.id FROM b JOIN u ON u.k = (b.g / 5) % (SELECT count(*) FROM u);
INSERT INTO supervision.item_unit (item_id, role, position, name, org_unit)
SELECT b.id, 'RESPONSIBLE', 0, u.id, u.id FROM b JOIN u ON u.k = ((b.g / 5) * 7 + 3) % (SELECT count(*) FROM u);
ANALYZE supervision.item;
ANALYZE supervision.item_unit;
SQL

base="http://127.0.0.1:$port"
jar="$work/cookies"
csrf=$(curl -fsS -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -c "$jar" -b "$jar" -o /dev/null -d "username=office&password=Demo-2022-zhengwu&_csrf=$csrf" "$base/login"

filter="unit=sthjj&status=IN_PROGRESS&dueFrom=2022-04-01&dueTo=2022-09-30"
ledger_sql="WITH f AS (SELECT i.id, i.source, i.title, i.status, i.due_date FROM supervision.item i
  WHERE i.status = 'IN_PROGRESS' AND i.due_date >= DATE '2022-04-01' AND i.due_date <= DATE '2022-09-30'
  AND EXISTS (SELECT 1 FROM supervision.item_unit s WHERE s.item_id = i.id AND s.org_unit = 'sthjj')),
page AS (SELECT * FROM f ORDER BY due_date, id LIMIT 50)
SELECT p.*, (SELECT count(*) FROM f) AS total,
  (SELECT string_agg(x.org_unit, ',' ORDER BY x.role, x.position) FROM supervision.item_unit x WHERE x.item_id = p.id) AS units
FROM page p ORDER BY p.due_date, p.id;"
dashboard_sql="SELECT EXTRACT(YEAR FROM i.due_date), EXTRACT(MONTH FROM i.due_date), COUNT(*),
  SUM(CASE WHEN i.status = 'CLOSED' AND i.closed_on <= i.due_date THEN 1 ELSE 0 END),
  SUM(CASE WHEN i.status <> 'CLOSED' AND i.due_date < CURRENT_DATE THEN 1 ELSE 0 END)
FROM supervision.item i WHERE EXISTS (SELECT 1 FROM supervision.item_unit s WHERE s.item_id = i.id AND s.org_unit = 'sthjj')
GROUP BY 1, 2 ORDER BY 1, 2;"

app_times() {  # PATH N → one time in ms a line, N requests on one connection
  local cfg="$work/curl.cfg"; : >"$cfg"
  for _ in $(seq "$2"); do printf 'url = "%s%s"\noutput = /dev/null\n' "$base" "$1" >>"$cfg"; done
  curl -sS -b "$jar" -K "$cfg" -w '%{http_code} %{time_total}\n' | awk '$1 != 200 {bad++} {print $2 * 1000} END {if (bad) exit 1}'
}
sql_times() {  # SQL N → one time in ms a line, N runs in one psql session
  { echo '\timing on'; for _ in $(seq "$2"); do echo "$1"; done; } \
    | psql -X -q -t -A -d "$db" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
}
p50() { sort -n | awk '{a[NR] = $1} END {i = int(NR * 0.5 + 0.999); if (i < 1) i = 1; printf "%.2f", a[i]}'; }
p99() { sort -n | awk '{a[NR] = $1} END {i = int(NR * 0.99 + 0.999); if (i < 1) i = 1; printf "%.2f", a[i]}'; }

items=$(curl -fsS -b "$jar" "$base/api/v1/supervision/items?$filter" | python3 -c 'import json,sys; p=json.load(sys.stdin); print(p["total"], len(p["items"]))')
echo "filter $filter: total and page size through the application: $items" >&2
app_times "/api/v1/supervision/items?$filter" 1000 >/dev/null; sql_times "$ledger_sql" 50 >/dev/null   # warm-up (the JIT compiles the request path during the first few hundred)
app_times "/api/v1/supervision/items?$filter" "$requests" >"$work/app_ledger"
sql_times "$ledger_sql" "$requests" >"$work/sql_ledger"
app_ledger=$(p99 <"$work/app_ledger")
sql_ledger=$(p99 <"$work/sql_ledger")
echo "ledger p50: app $(p50 <"$work/app_ledger") ms, sql $(p50 <"$work/sql_ledger") ms" >&2
app_times "/supervision/dashboard?unit=sthjj" 300 >/dev/null; sql_times "$dashboard_sql" 30 >/dev/null   # warm-up
app_times "/supervision/dashboard?unit=sthjj" "$requests" >"$work/app_dash"
sql_times "$dashboard_sql" "$requests" >"$work/sql_dash"
app_dash=$(p99 <"$work/app_dash")
sql_dash=$(p99 <"$work/sql_dash")
echo "dashboard p50: app $(p50 <"$work/app_dash") ms, sql $(p50 <"$work/sql_dash") ms" >&2
echo "ledger p99: app $app_ledger ms, sql $sql_ledger ms; dashboard p99: app $app_dash ms, sql $sql_dash ms ($requests requests each)" >&2
python3 -c "
import json
a, s, da, ds = $app_ledger, $sql_ledger, $app_dash, $sql_dash
print(json.dumps({'p99_app_ms': a, 'p99_sql_ms': s, 'ratio': round(a / s, 2),
                  'dashboard_p99_app_ms': da, 'dashboard_p99_sql_ms': ds, 'dashboard_ratio': round(da / ds, 2),
                  'items': 100000, 'requests': $requests}))"
