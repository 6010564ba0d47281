package io.planwatch.streams.bench;

import ch.qos.logback.classic.Level;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.config.AppConfigLoader;
import io.planwatch.streams.config.ConfigKey;
import io.planwatch.streams.runtime.GroupLag;
import io.planwatch.streams.runtime.StreamsApp;
import io.planwatch.streams.runtime.StreamsMain;
import io.planwatch.streams.topology.DemoRecords;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.SeriesPartitioner;
import io.planwatch.topics.TopicProvisioner;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import io.planwatch.topics.ValueSerdeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.LoggerFactory;

/**
 * Issue 5's benchmark, a command and not a test: replays a national-scale synthetic load through a
 * real Kafka broker (KRaft, in this JVM) and the full pace topology with exactly-once on, and
 * prints throughput against a raw consumer, publication-to-progress latency at a steady rate, and
 * the heap. See {@code docs/benchmarks-streams.md} for how to run it and the recorded figures.
 *
 * <p>Arguments: {@code --regions 2800 --indicators 40 --months 24 --partitions 3 --latency-seconds
 * 60 --rate 1000} (the defaults).
 */
public final class PaceBenchmark {
  private static final String KTABLE_SOURCE_LOGGER =
      "org.apache.kafka.streams.kstream.internals.KTableSource";
  private static final String APPLICATION_ID = "planwatch-bench";
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
  private StreamsApp app;

  private PaceBenchmark(final BenchOptions options, final Path workDir) {
    this.options = options;
    this.nation = new SyntheticNation(options.regions(), options.indicators());
    this.workDir = workDir;
  }

  public static void main(final String[] args) throws Exception {
    final BenchOptions options = BenchOptions.parse(args);
    // Why: the scorecards view warns on every out-of-order update; thousands of console lines a
    // second would measure the terminal, not the app.
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(KTABLE_SOURCE_LOGGER))
        .setLevel(Level.ERROR);
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
    final AppConfig app = appConfig();
    figures.put(
        "app settings: stream threads / commit interval / scorecard interval",
        String.format(
            "%d / %s ms / %d ms",
            app.processing().numStreamThreads(),
            app.kafkaClientProperties().getOrDefault("commit.interval.ms", "100 (EOS default)"),
            app.processing().scorecardInterval().toMillis()));
    try {
      publishCatalogue();
      loadCatalogueIntoApp();
      publishObservations();
      readRaw();
      replay(heap);
      latency(heap);
      printTable();
    } finally {
      admin.close();
      registry.close();
      broker.close();
    }
  }

  private void startInfrastructure() {
    broker = EmbeddedKafkaBroker.builder().dataDir(workDir.resolve("kafka")).build().start();
    registry = new SchemaRegistryServer(0).start();
    serdes = AvroValueSerdes.of(Map.of("schema.registry.url", registry.url()));
    admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    new TopicProvisioner(admin, options.partitions(), (short) 1, Duration.ofSeconds(60))
        .provision(topics.all());
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
  private void loadCatalogueIntoApp() throws InterruptedException {
    final long start = System.nanoTime();
    final StreamsApp app = StreamsMain.app(appConfig());
    app.start();
    try {
      final GroupLag lag = new GroupLag(admin, APPLICATION_ID, partitions(topics.planTargets()));
      final long deadline = System.nanoTime() + CATALOGUE_WAIT.toNanos();
      while (!(running(app)
          && lag.total() == 0
          && apiTotal(app, "regions") >= nation.regions().size()
          && apiTotal(app, "indicators") >= options.indicators())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "The app did not load the catalogue within "
                  + CATALOGUE_WAIT
                  + "; lag "
                  + lag.byTopic());
        }
        Thread.sleep(POLL.toMillis());
      }
      say("The app holds the catalogue after %s", seconds(System.nanoTime() - start));
    } finally {
      app.close();
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
        final int year = SyntheticNation.FIRST_YEAR + m / 12;
        final int month = m % 12 + 1;
        final String release = String.format("bench-%04d-%02d", year, month);
        final Instant publishedAt =
            Instant.parse(String.format("%04d-%02d-15T02:00:00Z", year, month))
                .plus(Duration.ofDays(30));
        for (int i = 0; i < options.indicators(); i++) {
          for (int r = 0; r < options.regions(); r++) {
            if (sent % RECORDS_PER_TRANSACTION == 0) {
              if (sent > 0) {
                producer.commitTransaction();
              }
              producer.beginTransaction();
            }
            final StatisticalObservation o =
                nation.observation(i, r, year, month, release, publishedAt);
            producer.send(
                new ProducerRecord<>(topic, DemoRecords.key(o), serializer.serialize(topic, o)));
            sent++;
          }
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

  /** Starts the app on the backlog and waits until its group has no lag anywhere. */
  private void replay(final HeapSampler heap) throws InterruptedException {
    System.gc();
    Thread.sleep(1_000);
    figures.put(
        "heap used before the replay (broker + registry, after GC)",
        HeapSampler.usedNowMib() + " MiB");
    heap.reset();
    final GroupLag lag = new GroupLag(admin, APPLICATION_ID, partitions(topics.observations()));
    final long start = System.nanoTime();
    app = StreamsMain.app(appConfig());
    app.start();
    long runningAt = 0;
    long lastReport = start;
    final long deadline = start + Duration.ofMinutes(options.replayMinutes()).toNanos();
    Map<String, Long> lags = Map.of();
    while (true) {
      Thread.sleep(POLL.toMillis());
      final long now = System.nanoTime();
      if (runningAt == 0 && running(app)) {
        runningAt = now;
      }
      lags = lag.byTopic();
      final long total = lags.values().stream().mapToLong(Long::longValue).sum();
      if (runningAt != 0 && total == 0 && lags.keySet().size() > 1) {
        break;
      }
      if (now - lastReport > Duration.ofSeconds(15).toNanos()) {
        say("  replay %s: lag %s", seconds(now - start), lags);
        lastReport = now;
      }
      if (now > deadline) {
        figures.put(
            "app: full topology, EOS",
            String.format(
                "DID NOT FINISH within %d min; lag then %s",
                options.replayMinutes(), new TreeMap<>(lags)));
        figures.put("replay: peak heap used (whole JVM)", heap.peakUsedMib() + " MiB");
        figures.put("replay: peak heap after GC (whole JVM)", heap.peakAfterGcMib() + " MiB");
        counters(app).forEach((name, value) -> figures.put("at timeout: " + name, value));
        say("Replay unfinished after %s", seconds(now - start));
        return;
      }
    }
    final long nanos = System.nanoTime() - start;
    final long fromRunning = System.nanoTime() - runningAt;
    final long n = options.observations();
    figures.put("app: full topology, EOS (from start)", rate(n, nanos));
    figures.put("app: full topology, EOS (from RUNNING)", rate(n, fromRunning));
    figures.put(
        "ratio app/raw (from RUNNING)", String.format("%.4f", (double) rawNanos / fromRunning));
    figures.put("replay: peak heap used (whole JVM)", heap.peakUsedMib() + " MiB");
    figures.put("replay: peak heap after GC (whole JVM)", heap.peakAfterGcMib() + " MiB");
    counters(app).forEach((name, value) -> figures.put("after replay: " + name, value));
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
      figures.put("latency phase: peak heap used (whole JVM)", heap.peakUsedMib() + " MiB");
      figures.put("latency phase: peak heap after GC (whole JVM)", heap.peakAfterGcMib() + " MiB");
    } finally {
      app.close();
    }
  }

  private void printTable() {
    final int width = figures.keySet().stream().mapToInt(String::length).max().orElse(10);
    say("%n| %-" + width + "s | %s |", "figure", "value");
    say("|%s|---|", "-".repeat(width + 2));
    figures.forEach((name, value) -> say("| %-" + width + "s | %s |", name, value));
  }

  private AppConfig appConfig() {
    // Why: PLANWATCH_* variables configure the app as they do for `planwatch app` (e.g.
    // PLANWATCH_NUM_STREAM_THREADS, PLANWATCH_KAFKA_*); the settings below, which wire the app to
    // this benchmark's broker, registry and folders, win over them.
    final Map<String, String> environment = new TreeMap<>();
    System.getenv().entrySet().stream()
        .filter(e -> e.getKey().startsWith(ConfigKey.ENV_PREFIX))
        .forEach(e -> environment.put(e.getKey(), e.getValue()));
    return AppConfigLoader.load(
        Optional.empty(),
        environment,
        Map.of(
            ConfigKey.BOOTSTRAP_SERVERS.key(), broker.bootstrapServers(),
            ConfigKey.SCHEMA_REGISTRY_URL.key(), registry.url(),
            ConfigKey.APPLICATION_ID.key(), APPLICATION_ID,
            ConfigKey.HTTP_PORT.key(), "0",
            ConfigKey.STATE_DIR.key(), workDir.resolve("streams").toString()));
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

  private static boolean running(final StreamsApp app) {
    return app.streams().state() == KafkaStreams.State.RUNNING;
  }

  /** The {@code total} of a list resource of the app's query API, -1 while it cannot answer. */
  private int apiTotal(final StreamsApp app, final String resource) {
    final String body = get(app, "/api/v1/" + resource + "?limit=1");
    final Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(body);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** The app's own planwatch counters from its Prometheus endpoint, non-zero ones only. */
  private Map<String, String> counters(final StreamsApp app) {
    final Map<String, String> found = new LinkedHashMap<>();
    for (final String line : get(app, "/metrics").split("\n")) {
      final Matcher m = COUNTER.matcher(line.trim());
      if (m.matches() && Double.parseDouble(m.group(3)) > 0) {
        found.put(
            m.group(1) + (m.group(2).isEmpty() ? "" : "{" + m.group(2) + "}"),
            String.format("%,.0f", Double.parseDouble(m.group(3))));
      }
    }
    return found;
  }

  private String get(final StreamsApp app, final String path) {
    try {
      final HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + app.httpPort() + path))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? response.body() : "";
    } catch (final IOException e) {
      return "";
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
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
