#!/usr/bin/env bash
# ./koers bench [reports]: builds the service jars, then runs the benchmarks in deploy/src/test/.../bench.
# The project's JDK is found by ./koers (JAVA_HOME is set when this runs).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q --no-transfer-progress install -DskipTests
./mvnw -B -q --no-transfer-progress -pl deploy dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="deploy/target/test-classes:deploy/target/classes:$(cat deploy/target/test-classpath.txt)"
exec "$JAVA_HOME/bin/java" -Xmx1g ${KOERS_BENCH_OPTS:-} -Dkoers.root="$PWD" -Dlog4j2.level=WARN -cp "$cp" \
  nl.koers.deploy.bench.ReportToDashboardBenchmark "$@"
