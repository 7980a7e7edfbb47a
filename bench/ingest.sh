#!/usr/bin/env bash
# Ingest figures: documents per second for parse + store + publish + index through the
# application (GazetteImporter and GazettePublisher on an H2 file database in a fresh data
# directory, the search index following the publication events), and raw Lucene indexing the
# same documents (same analyser and index options) in the same run. The documents are the
# benchmark corpus (org.zhengwu.bench.BenchCorpus: the seed's sentences recombined), each
# imported as a file of one document.
# Usage: bench/ingest.sh [--docs N]   (default 200000; SKIP_BUILD=1 reuses the compiled classes)
# Ends with one JSON line: {"docs":…, "docs_per_s_app":…, "docs_per_s_lucene":…, "ratio":…}
set -euo pipefail
cd "$(dirname "$0")/.."
docs=200000
[ "${1:-}" = "--docs" ] && docs="$2"

JDK="$(./zhengwu java-home)"
export JAVA_HOME="$JDK"
if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -B -q -DskipTests test-compile >&2
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
fi
work="$(mktemp -d /tmp/zhengwu-ingest-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# a copy of the classes: a build in this tree during the run cannot change them under the JVM
cp -r target/classes "$work/classes"; cp -r target/test-classes "$work/test-classes"
"$JDK/bin/java" -Xmx2g -Duser.timezone=Asia/Shanghai -cp "$work/classes:$work/test-classes:$(cat target/bench.classpath)" \
  org.zhengwu.gazette.search.IngestBench "$docs" "$work" 2> >(grep -v -e VectorizationProvider -e 'WARNING: ' >&2)
