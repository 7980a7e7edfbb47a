#!/usr/bin/env bash
# Public gazette pages: a published document page served by the application (demo data, as
# ./zhengwu serve runs it) and the same bytes served as a static file by nginx (Debian package,
# own config on a loopback port), both under wrk (64 connections, 2 threads, 20 s), in one run.
# Published issues are immutable, so their pages may be served like static files.
# Usage: bench/pages.sh [--seconds N]   (SKIP_BUILD=1 reuses the build)
# Ends with one JSON line: {"app_rps":…, "nginx_rps":…, "ratio":…, "errors":…}
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=20
[ "${1:-}" = "--seconds" ] && seconds="$2"
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
command -v nginx >/dev/null || apt-get install -y -qq nginx-light >/dev/null

[ "${SKIP_BUILD:-}" = 1 ] || { ./zhengwu build >/dev/null; sleep 10; }
JDK="$(./zhengwu java-home)"
work="$(mktemp -d)"
app_port=$((20000 + RANDOM % 10000)); nginx_port=$((app_port + 1))
cleanup() {
  [ -n "${app_pid:-}" ] && { kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; }
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

aot=(); [ -f target/app/zhengwu.aot ] && aot=("-XX:AOTCache=target/app/zhengwu.aot" -Xlog:aot=off -Xlog:cds=off)
"$JDK/bin/java" -Xmx512m "${aot[@]}" -jar target/app/zhengwu.jar serve --demo --data "$work/data" --port "$app_port" \
  >"$work/app.log" 2>&1 &
app_pid=$!
until curl -fsS "http://127.0.0.1:$app_port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.2
done

# the rescue-team rules of the seed issue (a published, public document of 34 articles)
doc_id=$(curl -fsS "http://127.0.0.1:$app_port/api/v1/gazette/issues/2022/3" | python3 -c '
import json, sys
issue = json.load(sys.stdin)
print(next(d["id"] for d in issue["documents"] if d["docNumber"] == "聊政办字〔2022〕8号"))')
path="/gazette/documents/$doc_id"
mkdir -p "$work/www/gazette/documents"
curl -fsS "http://127.0.0.1:$app_port$path" -o "$work/www$path"
echo "page: $path ($(wc -c <"$work/www$path") bytes)" >&2

cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  types { text/html html; }
  default_type text/html;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    etag on;
  }
}
CONF
chmod -R a+rX "$work"   # nginx's workers run as an unprivileged user
nginx -c "$work/nginx.conf" -p "$work"

run_wrk() {  # URL → "rps errors"
  local out; out=$(wrk -t2 -c64 -d"${seconds}s" --latency "$1")
  echo "$out" >&2
  local rps errors non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  errors=$(echo "$out" | awk '/Socket errors/ {gsub(/,/,""); print $4+$6+$8+$10}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  echo "$rps $(( ${errors:-0} + ${non2xx:-0} ))"
}

wrk -t2 -c64 -d10s "http://127.0.0.1:$app_port$path" >/dev/null   # warm-up: JIT, caches
read -r app_rps app_errors < <(run_wrk "http://127.0.0.1:$app_port$path")
read -r nginx_rps nginx_errors < <(run_wrk "http://127.0.0.1:$nginx_port$path")
ratio=$(echo "scale=3; $app_rps / $nginx_rps" | bc -l)
printf '{"app_rps":%.0f, "nginx_rps":%.0f, "ratio":%.3f, "errors":%d}\n' "$app_rps" "$nginx_rps" "$ratio" \
  "$((app_errors + nginx_errors))"
