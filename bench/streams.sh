#!/usr/bin/env bash
# The streams benchmark (issues 5 and 12): national-scale replay through the real broker and the
# full pace topology (exactly-once), against a raw consumer and a minimal Kafka Streams baseline on
# the same topic in the same run; the app's CPU time per observation, paced latency and heap. See
# docs/benchmarks-streams.md. Arguments pass through to PaceBenchmark, e.g.
#   bench/streams.sh --regions 280 --months 6 --latency-seconds 20
# The run ends with one line: streams-benchmark: observations=… app_obs_per_s=… baseline_obs_per_s=…
# ratio=… app_cpu_us_per_obs=… p99_ms=… app_heap_mib=…
# The app runs in a JVM of its own from the jar `planwatch app` uses (streams-app/target/
# planwatch-app.jar and target/lib), with PLANWATCH_JAVA_OPTS as `planwatch app` (default -Xmx1g);
# the baseline in a JVM of its own with the same options. The benchmark's JVM holds the broker,
# the registry and the producers and consumers; BENCH_HEAP sets its heap (default 2g).
# BENCH_JAVA_OPTS adds JVM options to the benchmark's JVM, e.g. a flight recording:
#   BENCH_JAVA_OPTS='-XX:StartFlightRecording=filename=bench.jfr,settings=profile' bench/streams.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=streams-app/target/bench.classpath
# package: the app's jar and its libraries (target/lib); the test classes for the benchmark.
./mvnw -B -q ${MVN_OFFLINE--o} -pl streams-app -am package dependency:build-classpath \
  -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# One stream thread per core, as one would size the app on this machine (num.stream.threads is a
# documented setting of `planwatch app`); set PLANWATCH_NUM_STREAM_THREADS to override.
export PLANWATCH_NUM_STREAM_THREADS="${PLANWATCH_NUM_STREAM_THREADS:-$(nproc)}"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options, split on purpose
exec java -Xmx"${BENCH_HEAP:-2g}" ${BENCH_JAVA_OPTS:-} \
  -Dplanwatch.bench.app.classpath="$PWD/streams-app/target/planwatch-app.jar:$PWD/streams-app/target/lib/*" \
  -cp "streams-app/target/test-classes:streams-app/target/classes:$(cat "$cp_file")" \
  io.planwatch.streams.bench.PaceBenchmark "$@"
