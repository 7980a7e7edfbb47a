#!/usr/bin/env bash
# Search figures: the fixed 100 queries (40 word pairs, 30 quoted phrases, 20 document numbers
# typed with assorted brackets, 10 article numbers typed 第N条), top 10 with highlighted snippets,
# on a corpus of N documents recombined from the seed's sentences (org.zhengwu.bench.BenchCorpus):
#   app         the application's search service (GazetteSearch's Finder over its index, smartcn,
#               offsets in the postings), in process
#   lucene      raw Lucene doing the same work in the same JVM: same analyser, same index options,
#               classic query parser, top 10, UnifiedHighlighter, stored fields
#   opensearch  OpenSearch 3.6 single node (Maven Central integ-test zip, run as a non-root user),
#               its cjk analyser, the same documents bulk-loaded, the same queries over HTTP
# The engines take turns query by query; 3 warm-up rounds, then 30 measured rounds (3000 samples).
# Usage: bench/search.sh [--docs N]   (default 200000; SKIP_BUILD=1 reuses the compiled classes)
# Ends with one JSON line:
#   {"docs":…, "queries":…, "p50_app_ms":…, "p99_app_ms":…, "p50_lucene_ms":…, "p99_lucene_ms":…,
#    "p50_opensearch_ms":…, "p99_opensearch_ms":…, "ratio_p99":…}
set -euo pipefail
cd "$(dirname "$0")/.."
docs=200000
[ "${1:-}" = "--docs" ] && docs="$2"
OPENSEARCH_VERSION=3.6.0

JDK="$(./zhengwu java-home)"
export JAVA_HOME="$JDK"
if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -B -q -DskipTests test-compile >&2
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
fi
./mvnw -B -q dependency:get -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$OPENSEARCH_VERSION:zip" \
  -Dtransitive=false >&2
zip="$HOME/.m2/repository/org/opensearch/distribution/integ-test-zip/opensearch/$OPENSEARCH_VERSION/opensearch-$OPENSEARCH_VERSION.zip"

work="$(mktemp -d /tmp/zhengwu-search-bench.XXXXXX)"
chmod 755 "$work"
os_pid=""
cleanup() {
  [ -n "$os_pid" ] && kill "$os_pid" 2>/dev/null && wait "$os_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# OpenSearch refuses to run as root: a user of its own
id zhengwu-bench >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin zhengwu-bench
unzip -q "$zip" -d "$work"
home="$work/opensearch-$OPENSEARCH_VERSION"
port=$((20000 + RANDOM % 10000))
cat >>"$home/config/opensearch.yml" <<CONF
discovery.type: single-node
network.host: 127.0.0.1
http.port: $port
path.data: $work/os-data
path.logs: $work/os-logs
CONF
mkdir -p "$work/os-data" "$work/os-logs"
chown -R zhengwu-bench "$home" "$work/os-data" "$work/os-logs"
su -s /bin/bash zhengwu-bench -c "OPENSEARCH_JAVA_HOME='$JDK' OPENSEARCH_JAVA_OPTS='-Xms1g -Xmx1g' '$home/bin/opensearch' -q" \
  >"$work/os.out" 2>&1 &
os_pid=$!
until curl -fsS "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; do
  kill -0 "$os_pid" 2>/dev/null || { cat "$work/os.out" >&2; tail -50 "$work"/os-logs/*.log >&2 || true; exit 1; }
  sleep 1
done
echo "OpenSearch $OPENSEARCH_VERSION up on port $port" >&2

# a copy of the classes: a build in this tree during the run cannot change them under the JVM
cp -r target/classes "$work/classes"; cp -r target/test-classes "$work/test-classes"
"$JDK/bin/java" -Xmx2g -cp "$work/classes:$work/test-classes:$(cat target/bench.classpath)" \
  org.zhengwu.gazette.search.SearchBench "$docs" "$work/lucene" "http://127.0.0.1:$port" 2> >(grep -v -e VectorizationProvider -e 'WARNING: ' >&2)
