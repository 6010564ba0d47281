#!/usr/bin/env bash
# Issue 5's streams benchmark: national-scale replay through the real broker and the full pace
# topology (exactly-once), raw-consumer ceiling, paced latency and heap. See
# docs/benchmarks-streams.md. Arguments pass through to PaceBenchmark, e.g.
#   bench/streams.sh --regions 280 --months 6 --latency-seconds 20
# The JVM's heap is set with BENCH_HEAP (default 2g): the broker, the registry and the app share it.
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=streams-app/target/bench.classpath
./mvnw -B -q ${MVN_OFFLINE--o} -pl streams-app -am test-compile dependency:build-classpath \
  -DskipTests -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx"${BENCH_HEAP:-2g}" \
  -cp "streams-app/target/test-classes:streams-app/target/classes:$(cat "$cp_file")" \
  io.planwatch.streams.bench.PaceBenchmark "$@"
