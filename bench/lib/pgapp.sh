# Shared by bench/intake.sh and bench/crash.sh: a throwaway PostgreSQL database and the
# application serving the demo data on it. Source it after `cd` to the repository root.
#   pg_up                 starts the machine's PostgreSQL 15 if it is not running
#   pg_db NAME            creates database NAME (dropped by cleanup)
#   app_start DB PORT LOG starts ./zhengwu's jar on DB (demo data), waits for health; sets app_pid
#   app_token USER        prints a fresh API token of a demo account (CLI against the same DB)
pg_up() {
  pg_isready -h 127.0.0.1 -q 2>/dev/null && return
  pg_ctlcluster --skip-systemctl-redirect 15 main start
  until pg_isready -h 127.0.0.1 -q; do sleep 0.2; done
}
pg_db() {
  dropdb -h 127.0.0.1 -U postgres --if-exists "$1" >/dev/null
  createdb -h 127.0.0.1 -U postgres "$1"
}
app_env() {
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$1" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD=
}
app_start() {  # DB PORT LOG
  local jdk; jdk="$(./zhengwu java-home)"
  local aot=(); [ -f target/app/zhengwu.aot ] && aot=("-XX:AOTCache=target/app/zhengwu.aot" -Xlog:aot=off -Xlog:cds=off)
  ( app_env "$1"; exec "$jdk/bin/java" -Xmx768m "${aot[@]}" -jar target/app/zhengwu.jar serve --demo \
      --data "$work/data" --port "$2" ) >>"$3" 2>&1 &
  app_pid=$!
  until curl -fsS "http://127.0.0.1:$2/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$app_pid" 2>/dev/null || { tail -50 "$3" >&2; echo "server died" >&2; exit 1; }
    sleep 0.2
  done
}
app_token() {  # USER (needs $db)
  ( app_env "$db"; ./zhengwu admin issue-token "$1" --name "bench-$$" --data "$work/data" )
}
# one request (REQUEST) as a clerk of 市生态环境局 submits it; $1 makes its document number unique
submission_json() {  # NUMBER → a request that passes every intake check today (issued today, so within WR-56.2's 3 working days)
  local today; today=$(TZ=Asia/Shanghai date +%F)
  printf '{"kind":"REQUEST","title":"聊城市生态环境局关于申请雨污分流改造资金的请示","docNumber":"聊环发〔2022〕%s号","signer":"市生态环境局局长（演示）","issuingUnits":["聊城市生态环境局"],"mainRecipients":["聊城市人民政府"],"matters":["申请雨污分流改造资金"],"issueDate":"%s","submittedDate":"%s","contactName":"李四","contactPhone":"0635-8888888","urgent":false,"disclosure":"PROACTIVE","body":"妥否，请批示。"}' "$1" "$today" "$today"
}
# bench_up NAME: builds (unless SKIP_BUILD=1), then a throwaway database, the application serving
# the demo data on it and a token of clerk-sthj; sets work, db, port, app_pid, token; cleans up on exit
bench_up() {
  [ "${SKIP_BUILD:-}" = 1 ] || { ./zhengwu build >/dev/null; sleep 10; }
  work="$(mktemp -d)"; db="zhengwu_bench_$1_$$"; port=$((20000 + RANDOM % 10000))
  trap bench_down EXIT
  pg_up; pg_db "$db"
  app_start "$db" "$port" "$work/app.log"
  token="$(app_token clerk-sthj | tail -1)"
}
bench_down() {
  [ -n "${app_pid:-}" ] && { kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; }
  dropdb -h 127.0.0.1 -U postgres --if-exists "$db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
