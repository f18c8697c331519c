#!/usr/bin/env bash
# ./koers bench [reports]: builds the service jars, then runs the benchmarks in deploy/src/test/.../bench.
# ./koers bench onboarding [schools]: the CSV onboarding benchmark (tenant-service + Keycloak) instead.
# ./koers bench projection [events] [schools] [boards]: rebuild throughput and dashboard latency (issue 8) instead.
# ./koers bench incidents [reports] [clients]: sustained ReportIncident throughput to the dashboard (issue 5).
# ./koers bench survey [answers] [pupils] [rounds]: anonymous answer intake (issue 6).
# The project's JDK is found by ./koers (JAVA_HOME is set when this runs).
set -euo pipefail
cd "$(dirname "$0")/.."
bench=ReportToDashboardBenchmark
case "${1:-}" in
  onboarding) bench=OnboardingBenchmark; shift ;;
  projection) bench=ProjectionBenchmark; shift ;;
  incidents) bench=IncidentReportBenchmark; shift ;;
  survey) bench=SurveyIntakeBenchmark; shift ;;
esac
./mvnw -B -q --no-transfer-progress install -DskipTests
if [ "$bench" = OnboardingBenchmark ]; then # unpacks the Keycloak distribution (skipped by -DskipTests above)
  ./mvnw -B -q --no-transfer-progress -pl deploy process-test-resources
fi
./mvnw -B -q --no-transfer-progress -pl deploy dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="deploy/target/test-classes:deploy/target/classes:$(cat deploy/target/test-classpath.txt)"
exec "$JAVA_HOME/bin/java" -Xmx1g ${KOERS_BENCH_OPTS:-} -Dkoers.root="$PWD" -Dlog4j2.level=WARN -cp "$cp" \
  "nl.koers.deploy.bench.$bench" "$@"
