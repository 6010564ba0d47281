#!/usr/bin/env bash
# Issue 5's streams benchmark: national-scale replay through the real broker and the full pace
# topology (exactly-once), raw-consumer ceiling, paced latency and heap. See
# docs/benchmarks-streams.md. Arguments pass through to PaceBenchmark, e.g.
#   bench/streams.sh --regions 280 --months 6 --latency-seconds 20
# The JVM's heap is set with BENCH_HEAP (default 2g): the broker, the registry and the app share it.
# BENCH_JAVA_OPTS adds JVM options, e.g. a flight recording of the whole run:
#   BENCH_JAVA_OPTS='-XX:StartFlightRecording=filename=bench.jfr,settings=profile' bench/streams.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=streams-app/target/bench.classpath
./mvnw -B -q ${MVN_OFFLINE--o} -pl streams-app -am test-compile dependency:build-classpath \
  -DskipTests -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# One stream thread per core, as one would size the app on this machine (num.stream.threads is a
# documented setting of `planwatch app`); set PLANWATCH_NUM_STREAM_THREADS to override.
export PLANWATCH_NUM_STREAM_THREADS="${PLANWATCH_NUM_STREAM_THREADS:-$(nproc)}"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options, split on purpose
exec java -Xmx"${BENCH_HEAP:-2g}" ${BENCH_JAVA_OPTS:-} \
  -cp "streams-app/target/test-classes:streams-app/target/classes:$(cat "$cp_file")" \
  io.planwatch.streams.bench.PaceBenchmark "$@"
