package io.planwatch.streams.bench;

import io.planwatch.avro.StatisticalObservation;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.config.AppConfigLoader;
import io.planwatch.streams.config.ConfigKey;
import io.planwatch.streams.runtime.GroupLag;
import io.planwatch.streams.topology.DemoRecords;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.SeriesPartitioner;
import io.planwatch.topics.TopicProvisioner;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import io.planwatch.topics.ValueSerdeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Issue 5's benchmark, a command and not a test: replays a national-scale synthetic load through a
 * real Kafka broker (KRaft, in this JVM) and the full pace topology with exactly-once on, and
 * prints throughput against a raw consumer and against a minimal Kafka Streams app ({@link
 * BaselineApp}, issue 12) on the same topic in the same run, the app's CPU time per observation,
 * publication-to-progress latency at a steady rate, and the heap. The app and the baseline each run
 * in a JVM of their own: the app from the jar {@code planwatch app} uses (class path in the system
 * property {@value #APP_CLASS_PATH}, set by {@code bench/streams.sh}), so that the heap read from
 * its {@code /metrics} and the CPU time read from the OS are its own. The run ends with one {@code
 * streams-benchmark:} line. See {@code docs/benchmarks-streams.md} for how to run it and the
 * recorded figures.
 *
 * <p>Arguments: {@code --regions 2800 --indicators 40 --months 24 --partitions 3 --latency-seconds
 * 60 --rate 1000} (the defaults).
 */
public final class PaceBenchmark {
  private static final String APPLICATION_ID = "planwatch-bench";
  private static final String BASELINE_ID = "planwatch-bench-baseline";

  /** The app's class path: its jar and its libraries, as {@code planwatch app} runs it. */
  static final String APP_CLASS_PATH = "planwatch.bench.app.classpath";

  private static final String APP_MAIN = "io.planwatch.streams.runtime.StreamsMain";
  private static final String STREAM_THREADS = "StreamThread-";
  private static final Pattern HEAP_USED =
      Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.eE+-]+)$");
  private static final int RECORDS_PER_TRANSACTION = 10_000;
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration CATALOGUE_WAIT = Duration.ofMinutes(10);
  private static final Pattern COUNTER =
      Pattern.compile("^(planwatch_[a-z_]+_total)\\{?([^}]*)}? ([0-9.eE+-]+)$");

  private final BenchOptions options;
  private final SyntheticNation nation;
  private final Topics topics = Topics.defaults();
  private final Path workDir;
  private final Map<String, String> figures = new LinkedHashMap<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private EmbeddedKafkaBroker broker;
  private SchemaRegistryServer registry;
  private ValueSerdeFactory serdes;
  private Admin admin;
  private long rawNanos;
  private ChildJvm app;
  private int appPort;
  private double appRate = Double.NaN;
  private double baselineRate = Double.NaN;
  private double appCpuMicros = Double.NaN;
  private long p99 = -1;
  private long appHeapMib = -1;

  private PaceBenchmark(final BenchOptions options, final Path workDir) {
    this.options = options;
    this.nation = new SyntheticNation(options.regions(), options.indicators());
    this.workDir = workDir;
  }

  public static void main(final String[] args) throws Exception {
    final BenchOptions options = BenchOptions.parse(args);
    final Path workDir = Files.createTempDirectory("planwatch-bench");
    try (HeapSampler heap = new HeapSampler().start()) {
      new PaceBenchmark(options, workDir).run(heap);
    } finally {
      deleteTree(workDir);
    }
    System.exit(0);
  }

  private void run(final HeapSampler heap) throws Exception {
    say(
        "Load: %,d counties x %d indicators x %d months = %,d observations; %d partitions; "
            + "%d cores; max heap %,d MiB",
        options.regions(),
        options.indicators(),
        options.months(),
        options.observations(),
        options.partitions(),
        Runtime.getRuntime().availableProcessors(),
        HeapSampler.maxMib());
    startInfrastructure();
    final AppConfig config = appConfig();
    figures.put(
        "app settings: stream threads / commit interval / scorecard interval",
        String.format(
            "%d / %s ms / %d ms",
            config.processing().numStreamThreads(),
            config.kafkaClientProperties().getOrDefault("commit.interval.ms", "100 (EOS default)"),
            config.processing().scorecardInterval().toMillis()));
    try {
      publishCatalogue();
      loadCatalogueIntoApp();
      publishObservations();
      readRaw();
      baseline();
      replay(heap);
      latency(heap);
      printTable();
      say(
          "streams-benchmark: observations=%d app_obs_per_s=%.0f baseline_obs_per_s=%.0f ratio=%.4f"
              + " app_cpu_us_per_obs=%.1f p99_ms=%d app_heap_mib=%d",
          options.observations(),
          appRate,
          baselineRate,
          appRate / baselineRate,
          appCpuMicros,
          p99,
          appHeapMib);
    } finally {
      if (app != null) {
        app.close();
      }
      admin.close();
      registry.close();
      broker.close();
    }
  }

  private void startInfrastructure() throws InterruptedException {
    broker = EmbeddedKafkaBroker.builder().dataDir(workDir.resolve("kafka")).build().start();
    registry = new SchemaRegistryServer(0).start();
    serdes = AvroValueSerdes.of(Map.of("schema.registry.url", registry.url()));
    admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    new TopicProvisioner(admin, options.partitions(), (short) 1, Duration.ofSeconds(60))
        .provision(topics.all());
    try {
      admin
          .createTopics(List.of(new NewTopic(BaselineApp.OUTPUT, options.partitions(), (short) 1)))
          .all()
          .get();
    } catch (final ExecutionException e) {
      throw new IllegalStateException("Could not create " + BaselineApp.OUTPUT, e);
    }
    say("Broker %s, registry %s", broker.bootstrapServers(), registry.url());
  }

  private void publishCatalogue() {
    final long start = System.nanoTime();
    try (KafkaProducer<String, byte[]> producer = transactionalProducer("bench-catalogue")) {
      producer.beginTransaction();
      send(producer, topics.regions(), nation.regions(), r -> r.getCode());
      send(producer, topics.indicators(), nation.indicatorDefinitions(), i -> i.getCode());
      producer.commitTransaction();
      final List<io.planwatch.avro.PlanTarget> targets = nation.targets();
      for (int from = 0; from < targets.size(); from += RECORDS_PER_TRANSACTION) {
        producer.beginTransaction();
        send(
            producer,
            topics.planTargets(),
            targets.subList(from, Math.min(targets.size(), from + RECORDS_PER_TRANSACTION)),
            t -> t.getId());
        producer.commitTransaction();
      }
      figures.put("catalogue: regions", String.format("%,d", nation.regions().size()));
      figures.put("catalogue: indicators", Integer.toString(options.indicators()));
      figures.put("catalogue: targets", String.format("%,d", targets.size()));
    }
    say("Catalogue published in %s", seconds(System.nanoTime() - start));
  }

  private <V extends SpecificRecord> void send(
      final KafkaProducer<String, byte[]> producer,
      final TopicSpec<V> topic,
      final List<V> values,
      final Function<V, String> key) {
    final Serializer<V> serializer = topic.valueSerde(serdes).serializer();
    for (final V value : values) {
      producer.send(
          new ProducerRecord<>(
              topic.name(), key.apply(value), serializer.serialize(topic.name(), value)));
    }
  }

  /** The app reads the catalogue, then stops: the figures are published while it is down. */
  private void loadCatalogueIntoApp() throws IOException, InterruptedException {
    final long start = System.nanoTime();
    try (ChildJvm app = startApp("catalogue")) {
      final GroupLag lag = new GroupLag(admin, APPLICATION_ID, partitions(topics.planTargets()));
      final long deadline = System.nanoTime() + CATALOGUE_WAIT.toNanos();
      while (!(running()
          && lag.total() == 0
          && apiTotal("regions") >= nation.regions().size()
          && apiTotal("indicators") >= options.indicators())) {
        if (System.nanoTime() > deadline || !app.isAlive()) {
          throw new IllegalStateException(
              "The app did not load the catalogue within "
                  + CATALOGUE_WAIT
                  + "; lag "
                  + lag.byTopic());
        }
        Thread.sleep(POLL.toMillis());
      }
      say("The app holds the catalogue after %s", seconds(System.nanoTime() - start));
    }
  }

  /** Every figure, serialized once, in release order (month by month), before the app runs. */
  private void publishObservations() {
    final Serializer<StatisticalObservation> serializer =
        topics.observations().valueSerde(serdes).serializer();
    final String topic = topics.observations().name();
    final long start = System.nanoTime();
    long sent = 0;
    try (KafkaProducer<String, byte[]> producer = transactionalProducer("bench-observations")) {
      for (int m = 0; m < options.months(); m++) {
        for (final StatisticalObservation o : nation.month(m)) {
          if (sent % RECORDS_PER_TRANSACTION == 0) {
            if (sent > 0) {
              producer.commitTransaction();
            }
            producer.beginTransaction();
          }
          producer.send(
              new ProducerRecord<>(topic, DemoRecords.key(o), serializer.serialize(topic, o)));
          sent++;
        }
      }
      producer.commitTransaction();
    }
    final long nanos = System.nanoTime() - start;
    figures.put("publish (transactional producer)", rate(sent, nanos));
    say("Published %,d observations in %s (%s)", sent, seconds(nanos), rate(sent, nanos));
  }

  /** A plain read_committed consumer of byte[] values reads the whole topic: the ceiling. */
  private void readRaw() {
    final long start = System.nanoTime();
    long read = 0;
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      final List<TopicPartition> partitions = partitions(topics.observations());
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (read < options.observations()) {
        read += consumer.poll(POLL).count();
      }
    }
    final long nanos = System.nanoTime() - start;
    figures.put("raw consumer, read_committed byte[]", rate(read, nanos));
    rawNanos = nanos;
    say("Raw consumer read %,d observations in %s (%s)", read, seconds(nanos), rate(read, nanos));
  }

  /**
   * The baseline on the same backlog, in its own JVM, until its group has no lag: the rate a
   * minimal exactly-once Kafka Streams app reaches on this machine now.
   */
  private void baseline() throws IOException, InterruptedException {
    final AtomicLong runningAt = new AtomicLong();
    final Map<String, String> environment =
        environment(BASELINE_ID, workDir.resolve("baseline"), 0);
    final GroupLag lag = new GroupLag(admin, BASELINE_ID, partitions(topics.observations()));
    final long start = System.nanoTime();
    try (ChildJvm baseline =
        ChildJvm.start(
            "baseline",
            jvmOptions(),
            System.getProperty("java.class.path"),
            BaselineApp.class.getName(),
            environment,
            workDir.resolve("baseline.log"),
            line -> {
              if (line.equals("baseline: RUNNING")) {
                runningAt.compareAndSet(0, System.nanoTime());
              }
            })) {
      Duration cpuAtRunning = null;
      final long deadline = start + Duration.ofMinutes(options.replayMinutes()).toNanos();
      while (true) {
        Thread.sleep(POLL.toMillis());
        if (cpuAtRunning == null && runningAt.get() != 0) {
          cpuAtRunning = baseline.processCpu();
        }
        if (cpuAtRunning != null && lag.total() == 0) {
          break;
        }
        if (System.nanoTime() > deadline || !baseline.isAlive()) {
          figures.put(
              "baseline: minimal Streams app, EOS",
              String.format(
                  "DID NOT FINISH within %d min (alive: %s); lag then %s",
                  options.replayMinutes(), baseline.isAlive(), lag.byTopic()));
          return;
        }
      }
      final long fromRunning = System.nanoTime() - runningAt.get();
      final long n = options.observations();
      baselineRate = n * 1e9 / fromRunning;
      figures.put("baseline: minimal Streams app, EOS (from RUNNING)", rate(n, fromRunning));
      figures.put(
          "baseline: process CPU per observation (from RUNNING)",
          micros(baseline.processCpu().minus(cpuAtRunning), n));
      say("Baseline replay of %,d observations done in %s", n, seconds(fromRunning));
    }
  }

  /** Starts the app on the backlog and waits until its group has no lag anywhere. */
  private void replay(final HeapSampler heap) throws IOException, InterruptedException {
    System.gc();
    Thread.sleep(1_000);
    figures.put(
        "heap used before the replay (bench JVM: broker + registry, after GC)",
        HeapSampler.usedNowMib() + " MiB");
    heap.reset();
    final GroupLag lag = new GroupLag(admin, APPLICATION_ID, partitions(topics.observations()));
    final long start = System.nanoTime();
    app = startApp("app");
    long runningAt = 0;
    Duration processCpu = null;
    Duration threadCpu = null;
    long peakHeap = 0;
    long lastReport = start;
    final long deadline = start + Duration.ofMinutes(options.replayMinutes()).toNanos();
    Map<String, Long> lags = Map.of();
    while (true) {
      Thread.sleep(POLL.toMillis());
      final long now = System.nanoTime();
      if (runningAt == 0 && running()) {
        runningAt = now;
        processCpu = app.processCpu();
        threadCpu = app.threadCpu(STREAM_THREADS);
      }
      peakHeap = Math.max(peakHeap, appHeapUsed());
      lags = lag.byTopic();
      final long total = lags.values().stream().mapToLong(Long::longValue).sum();
      if (runningAt != 0 && total == 0 && lags.keySet().size() > 1) {
        break;
      }
      if (now - lastReport > Duration.ofSeconds(15).toNanos()) {
        say("  replay %s: lag %s", seconds(now - start), lags);
        lastReport = now;
      }
      if (now > deadline || !app.isAlive()) {
        figures.put(
            "app: full topology, EOS",
            String.format(
                "DID NOT FINISH within %d min (alive: %s); lag then %s",
                options.replayMinutes(), app.isAlive(), new TreeMap<>(lags)));
        figures.put("replay: peak heap used (whole JVM)", heap.peakUsedMib() + " MiB");
        counters().forEach((name, value) -> figures.put("at timeout: " + name, value));
        say("Replay unfinished after %s", seconds(now - start));
        return;
      }
    }
    final long nanos = System.nanoTime() - start;
    final long fromRunning = System.nanoTime() - runningAt;
    final Duration processCpuUsed = app.processCpu().minus(processCpu);
    final Duration threadCpuUsed = app.threadCpu(STREAM_THREADS).minus(threadCpu);
    final long n = options.observations();
    appRate = n * 1e9 / fromRunning;
    appCpuMicros = processCpuUsed.toNanos() / 1e3 / n;
    figures.put("app: full topology, EOS (from start)", rate(n, nanos));
    figures.put("app: full topology, EOS (from RUNNING)", rate(n, fromRunning));
    figures.put(
        "ratio app/raw (from RUNNING)", String.format("%.4f", (double) rawNanos / fromRunning));
    figures.put("ratio app/baseline (from RUNNING)", String.format("%.4f", appRate / baselineRate));
    figures.put("app: process CPU per observation (from RUNNING)", micros(processCpuUsed, n));
    figures.put(
        "app: stream threads' CPU per observation (from RUNNING)", micros(threadCpuUsed, n));
    figures.put("app: replay, peak heap used (app JVM, /metrics)", mib(peakHeap));
    figures.put("app: heap after a full GC, after the replay (app JVM)", mib(appHeapAfterGc()));
    figures.put("replay: peak heap used (bench JVM)", heap.peakUsedMib() + " MiB");
    figures.put("replay: peak heap after GC (bench JVM)", heap.peakAfterGcMib() + " MiB");
    counters().forEach((name, value) -> figures.put("after replay: " + name, value));
    say("Replay of %,d observations done in %s", n, seconds(nanos));
  }

  /** A paced producer at {@code rate}/s while a consumer of pace.progress times each figure. */
  private void latency(final HeapSampler heap) throws InterruptedException {
    heap.reset();
    final Serializer<StatisticalObservation> serializer =
        topics.observations().valueSerde(serdes).serializer();
    final String topic = topics.observations().name();
    final int total = options.latencySeconds() * options.rate();
    try (LatencyProbe probe =
            new LatencyProbe(
                    broker.bootstrapServers(),
                    topics.paceProgress().name(),
                    topics.paceProgress().valueSerde(serdes).deserializer())
                .start();
        KafkaProducer<String, byte[]> producer =
            new KafkaProducer<>(
                producerProps(Map.of(ProducerConfig.LINGER_MS_CONFIG, 0)),
                new StringSerializer(),
                new ByteArraySerializer())) {
      final long start = System.nanoTime();
      final int series = nation.series();
      for (int k = 0; k < total; k++) {
        final long due = start + k * 1_000_000_000L / options.rate();
        final long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        final int s = k % series;
        final int month = 1 + (k / series) % 12;
        final StatisticalObservation o =
            nation.observation(
                s % options.indicators(),
                s / options.indicators(),
                SyntheticNation.FIRST_YEAR + (options.months() + 11) / 12,
                month,
                LatencyProbe.RELEASE_PREFIX + k,
                Instant.now());
        producer.send(
            new ProducerRecord<>(topic, DemoRecords.key(o), serializer.serialize(topic, o)));
      }
      producer.flush();
      final long sendNanos = System.nanoTime() - start;
      final long wait = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (probe.matched() < total && System.nanoTime() < wait) {
        Thread.sleep(POLL.toMillis());
      }
      final List<Long> sorted = probe.sortedLatenciesMs();
      figures.put(
          "latency: observations sent / paced rate achieved",
          String.format("%,d / %s", total, rate(total, sendNanos)));
      figures.put(
          "latency: observations with a progress record", String.format("%,d", sorted.size()));
      figures.put(
          "latency publication -> progress: p50 / p95 / p99 / max",
          String.format(
              "%d / %d / %d / %d ms",
              LatencyProbe.percentile(sorted, 50),
              LatencyProbe.percentile(sorted, 95),
              LatencyProbe.percentile(sorted, 99),
              sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1)));
      p99 = LatencyProbe.percentile(sorted, 99);
      figures.put("latency phase: peak heap used (bench JVM)", heap.peakUsedMib() + " MiB");
      figures.put("latency phase: peak heap after GC (bench JVM)", heap.peakAfterGcMib() + " MiB");
      figures.put(
          "app: heap after a full GC, after the latency phase (app JVM)", mib(appHeapAfterGc()));
    } finally {
      app.close();
      app = null;
    }
  }

  private void printTable() {
    final int width = figures.keySet().stream().mapToInt(String::length).max().orElse(10);
    say("%n| %-" + width + "s | %s |", "figure", "value");
    say("|%s|---|", "-".repeat(width + 2));
    figures.forEach((name, value) -> say("| %-" + width + "s | %s |", name, value));
  }

  /** The app's configuration as it loads it from {@link #environment}, for the table. */
  private AppConfig appConfig() {
    return AppConfigLoader.load(
        Optional.empty(), environment(APPLICATION_ID, workDir.resolve("streams"), 0), Map.of());
  }

  /**
   * The {@code PLANWATCH_*} environment of the app and the baseline. Variables of this process
   * configure them as they do {@code planwatch app} (e.g. PLANWATCH_NUM_STREAM_THREADS,
   * PLANWATCH_KAFKA_*); the settings below, which wire them to this benchmark's broker, registry
   * and folders, win over them.
   */
  private Map<String, String> environment(
      final String applicationId, final Path stateDir, final int httpPort) {
    final Map<String, String> environment = new TreeMap<>();
    System.getenv().entrySet().stream()
        .filter(e -> e.getKey().startsWith(ConfigKey.ENV_PREFIX))
        .forEach(e -> environment.put(e.getKey(), e.getValue()));
    environment.put(ConfigKey.BOOTSTRAP_SERVERS.envName(), broker.bootstrapServers());
    environment.put(ConfigKey.SCHEMA_REGISTRY_URL.envName(), registry.url());
    environment.put(ConfigKey.APPLICATION_ID.envName(), applicationId);
    environment.put(ConfigKey.HTTP_PORT.envName(), Integer.toString(httpPort));
    environment.put(ConfigKey.STATE_DIR.envName(), stateDir.toString());
    return environment;
  }

  /** The JVM options of {@code planwatch app}: PLANWATCH_JAVA_OPTS, else a 1 GiB heap. */
  private static List<String> jvmOptions() {
    final List<String> list = new ArrayList<>();
    final String opts = System.getenv().getOrDefault("PLANWATCH_JAVA_OPTS", "-Xmx1g");
    for (final String opt : opts.trim().split("\\s+")) {
      if (!opt.isEmpty()) {
        list.add(opt);
      }
    }
    list.addAll(List.of("-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Shanghai"));
    return list;
  }

  /** The app in its own JVM from its jar, on a free HTTP port, sharing the state folder. */
  private ChildJvm startApp(final String phase) throws IOException {
    final String classPath = System.getProperty(APP_CLASS_PATH);
    if (classPath == null || classPath.isBlank()) {
      throw new IllegalStateException(
          "-D" + APP_CLASS_PATH + " is not set: run the benchmark with bench/streams.sh");
    }
    try (ServerSocket socket = new ServerSocket(0)) {
      appPort = socket.getLocalPort();
    }
    app =
        ChildJvm.start(
            "app",
            jvmOptions(),
            classPath,
            APP_MAIN,
            environment(APPLICATION_ID, workDir.resolve("streams"), appPort),
            workDir.resolve("app-" + phase + ".log"),
            line -> {});
    return app;
  }

  private KafkaProducer<String, byte[]> transactionalProducer(final String transactionalId) {
    final KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            producerProps(
                Map.of(
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                    transactionalId,
                    ProducerConfig.LINGER_MS_CONFIG,
                    20,
                    ProducerConfig.BATCH_SIZE_CONFIG,
                    256 * 1024)),
            new StringSerializer(),
            new ByteArraySerializer());
    producer.initTransactions();
    return producer;
  }

  private Map<String, Object> producerProps(final Map<String, Object> extra) {
    final Map<String, Object> props = new LinkedHashMap<>(extra);
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, SeriesPartitioner.class.getName());
    return props;
  }

  private List<TopicPartition> partitions(final TopicSpec<?> topic) {
    final List<TopicPartition> list = new ArrayList<>();
    for (int p = 0; p < options.partitions(); p++) {
      list.add(new TopicPartition(topic.name(), p));
    }
    return list;
  }

  /** The app answers ready: RUNNING, no store still restoring. */
  private boolean running() {
    return status("/health/ready") == 200;
  }

  /** Heap used now in the app's JVM, from its /metrics; 0 while it does not answer. */
  private long appHeapUsed() {
    long used = 0;
    for (final String line : get("/metrics").split("\n")) {
      final Matcher m = HEAP_USED.matcher(line.trim());
      if (m.matches()) {
        used += (long) Double.parseDouble(m.group(1));
      }
    }
    return used;
  }

  /** The app's heap right after a full collection: its live set. */
  private long appHeapAfterGc() throws InterruptedException {
    app.gc();
    Thread.sleep(1_000);
    final long bytes = appHeapUsed();
    appHeapMib = Math.max(appHeapMib, bytes >> 20);
    return bytes;
  }

  /** The {@code total} of a list resource of the app's query API, -1 while it cannot answer. */
  private int apiTotal(final String resource) {
    final String body = get("/api/v1/" + resource + "?limit=1");
    final Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(body);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** The app's own planwatch counters from its Prometheus endpoint, non-zero ones only. */
  private Map<String, String> counters() {
    final Map<String, String> found = new LinkedHashMap<>();
    for (final String line : get("/metrics").split("\n")) {
      final Matcher m = COUNTER.matcher(line.trim());
      if (m.matches() && Double.parseDouble(m.group(3)) > 0) {
        found.put(
            m.group(1) + (m.group(2).isEmpty() ? "" : "{" + m.group(2) + "}"),
            String.format("%,.0f", Double.parseDouble(m.group(3))));
      }
    }
    return found;
  }

  private String get(final String path) {
    final HttpResponse<String> response = request(path);
    return response != null && response.statusCode() == 200 ? response.body() : "";
  }

  private int status(final String path) {
    final HttpResponse<String> response = request(path);
    return response == null ? -1 : response.statusCode();
  }

  /** A GET of the app's HTTP API; null while it does not answer. */
  private HttpResponse<String> request(final String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + path))
              .timeout(Duration.ofSeconds(30))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (final IOException e) {
      return null;
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static String micros(final Duration cpu, final long count) {
    return String.format(
        "%.1f µs (%.1f s CPU for %,d)", cpu.toNanos() / 1e3 / count, cpu.toNanos() / 1e9, count);
  }

  private static String mib(final long bytes) {
    return (bytes >> 20) + " MiB";
  }

  private static String rate(final long count, final long nanos) {
    return String.format("%,.0f obs/s (%,d in %s)", count * 1e9 / nanos, count, seconds(nanos));
  }

  private static String seconds(final long nanos) {
    return String.format("%.1f s", nanos / 1e9);
  }

  private static void say(final String format, final Object... args) {
    System.out.printf(format + "%n", args);
    System.out.flush();
  }

  private static void deleteTree(final Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(PaceBenchmark::delete);
    }
  }

  private static void delete(final Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (final IOException e) {
      throw new UncheckedIOException("Could not delete " + path, e);
    }
  }
}
