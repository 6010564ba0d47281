package io.planwatch.producers.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.Observation;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.producers.convert.ObservationMapper;
import io.planwatch.producers.ingest.CatalogueReferenceData;
import io.planwatch.producers.ingest.IngestOptions;
import io.planwatch.producers.ingest.IngestService;
import io.planwatch.producers.publish.Batch;
import io.planwatch.producers.publish.PublishListener;
import io.planwatch.producers.publish.PublishMetrics;
import io.planwatch.producers.publish.PublishResult;
import io.planwatch.producers.publish.Publisher;
import io.planwatch.producers.publish.PublisherConfig;
import io.planwatch.producers.publish.Records;
import io.planwatch.registry.client.RegistryClientConfig;
import io.planwatch.registry.serde.SpecificAvroSerializer;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.topics.SeriesPartitioner;
import io.planwatch.topics.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine;

/**
 * Publishing throughput, end to end, next to the raw Kafka producer (a documented command, not a
 * test; docs/benchmarks.md has the figures and the command).
 *
 * <p>It writes a CSV release of ROWS rows (default 1,000,000), starts the embedded broker and the
 * registry server, and then measures, on the same broker:
 *
 * <ol>
 *   <li>the real path: {@code releases FILE} through the command line in this JVM (connectivity
 *       check, read and validate the file while serializing each valid row, then send in one
 *       transaction, write the ledger entry, commit), timed from start to exit, with the largest
 *       heap in use after a garbage collection meanwhile;
 *   <li>reading the file alone ({@code IngestService.parse}, records kept in a list);
 *   <li>the raw producer: the same records, read and serialized to Avro bytes beforehand (not
 *       timed), sent by a plain idempotent {@code KafkaProducer<String, byte[]>} with the same
 *       tuning ({@code acks=all}, linger 10 ms, 256 KiB batches, lz4), timed from the first send to
 *       the end of {@code flush()};
 *   <li>the same raw producer doing what the publisher must do on top: one transaction and the
 *       series partitioner;
 *   <li>the publisher alone: {@code Publisher.publish} of the already-read domain records.
 * </ol>
 *
 * A warm-up round of 100,000 rows through every path runs first; the measured round then runs
 * twice, the second time with the JIT's compilation mostly done.
 */
public final class PublishBenchmark {
  private static final int WARM_UP_ROWS = 100_000;

  private PublishBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path dir = Files.createTempDirectory("planwatch-benchmark");
    try {
      run(rows, dir);
    } finally {
      // The file, the warm-up file and the broker's log: a few hundred MB each run.
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static void run(int rows, Path dir) throws Exception {
    Catalogue catalogue = Catalogue.loadDefault();
    Path warmUp = BenchmarkData.write(dir.resolve("warm-up.csv"), WARM_UP_ROWS, catalogue);
    Path file = BenchmarkData.write(dir.resolve("release.csv"), rows, catalogue);
    System.out.printf(Locale.ROOT, "wrote %,d rows (%,d bytes)%n", rows, Files.size(file));
    try (EmbeddedKafkaBroker broker =
            EmbeddedKafkaBroker.builder().dataDir(dir.resolve("kafka")).build().start();
        SchemaRegistryServer registry = new SchemaRegistryServer(0).start()) {
      round(broker, registry, catalogue, warmUp, "warm-up");
      double[] first = round(broker, registry, catalogue, file, "measured");
      // The first full round still pays for JIT compilation (about 4 CPU-seconds of the real
      // path's); the second shows the settled rate, as a long-running publisher would have it.
      double[] second = round(broker, registry, catalogue, file, "measured-again");
      for (double[] rates : List.of(first, second)) {
        System.out.printf(
            Locale.ROOT,
            "rows=%d %s: real path: %,.0f rows/s; raw producer: %,.0f rows/s; ratio %.2f%n",
            rows,
            rates == first ? "first round" : "second round",
            rates[0],
            rates[1],
            rates[0] / rates[1]);
      }
    }
  }

  /** One round of both paths on fresh topics: {real rows/s, raw rows/s}. */
  private static double[] round(
      EmbeddedKafkaBroker broker,
      SchemaRegistryServer registry,
      Catalogue catalogue,
      Path file,
      String label)
      throws Exception {
    Topics real = Topics.withPrefix(label + "-real.");
    Map<String, String> env =
        Map.of(
            Settings.ENV_BOOTSTRAP_SERVERS, broker.bootstrapServers(),
            Settings.ENV_SCHEMA_REGISTRY_URL, registry.url(),
            Settings.ENV_TOPIC_PREFIX, real.prefix());
    CommandLine line = ProducersCommand.commandLine(new CliContext(env, false, CliRun.CLOCK));
    StringWriter out = new StringWriter();
    line.setOut(new PrintWriter(out, true));
    System.gc();
    long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    HeapWatch heap = HeapWatch.start();
    CpuWatch threads = CpuWatch.start();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    int exit = line.execute("releases", file.toString());
    double realSeconds = (System.nanoTime() - start) / 1e9;
    long liveHeap = heap.stop();
    double realCpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    String cpuByThread = threads.stop(realCpuSeconds);
    if (exit != 0) {
      throw new IllegalStateException("releases exited with " + exit + ": " + out);
    }

    long parseStart = System.nanoTime();
    List<Observation> observations =
        new IngestService(new CatalogueReferenceData(catalogue))
            .parse(file, IngestOptions.defaults(CliRun.CLOCK))
            .publishable();
    double parseSeconds = (System.nanoTime() - parseStart) / 1e9;
    String rawTopic = label + "-raw.stats.observations";
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(rawTopic, 3, (short) 1))).all().get();
    }
    SpecificAvroSerializer<StatisticalObservation> serializer = new SpecificAvroSerializer<>();
    serializer.configure(Map.of(RegistryClientConfig.SCHEMA_REGISTRY_URL, registry.url()), false);
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>(observations.size());
    for (Observation observation : observations) {
      records.add(
          new ProducerRecord<>(
              rawTopic,
              observation.key(),
              serializer.serialize(rawTopic, ObservationMapper.toAvro(observation))));
    }
    Timing raw = sendRaw(broker, records, false);
    double rawSeconds = raw.seconds();
    String rawTxTopic = label + "-rawtx.stats.observations";
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(rawTxTopic, 3, (short) 1))).all().get();
    }
    List<ProducerRecord<String, byte[]>> txRecords = new ArrayList<>(records.size());
    for (ProducerRecord<String, byte[]> record : records) {
      txRecords.add(new ProducerRecord<>(rawTxTopic, record.key(), record.value()));
    }
    records.clear();
    double rawTxSeconds = sendRaw(broker, txRecords, true).seconds();
    double publisherSeconds = publishOnly(broker, registry, observations, label);
    double realRate = observations.size() / realSeconds;
    double rawRate = observations.size() / rawSeconds;
    System.out.printf(
        Locale.ROOT,
        "%s: %,d rows; reading the file alone %.2f s; real path %.2f s (%,.0f rows/s),"
            + " CPU %.2f s (%.1f of %d cores, broker included);"
            + " live heap after GC during the real path at most %,d MiB (%,d MiB before it);"
            + " publisher alone (map, serialize, send, commit) %.2f s;"
            + " raw producer %.2f s (%,.0f rows/s), CPU %.2f s;"
            + " raw producer in one transaction, series partitioner %.2f s (%,.0f rows/s)%n"
            + "%s: real path CPU by thread: %s%n",
        label,
        observations.size(),
        parseSeconds,
        realSeconds,
        realRate,
        realCpuSeconds,
        realCpuSeconds / realSeconds,
        Runtime.getRuntime().availableProcessors(),
        liveHeap / (1024 * 1024),
        heapBefore / (1024 * 1024),
        publisherSeconds,
        rawSeconds,
        rawRate,
        raw.cpuSeconds(),
        rawTxSeconds,
        observations.size() / rawTxSeconds,
        label,
        cpuByThread);
    return new double[] {realRate, rawRate};
  }

  /** CPU time of this JVM so far, every thread (the embedded broker's too). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The library alone: domain records mapped, serialized and sent in one transaction. */
  private static double publishOnly(
      EmbeddedKafkaBroker broker,
      SchemaRegistryServer registry,
      List<Observation> observations,
      String label) {
    PublisherConfig config =
        PublisherConfig.of(broker.bootstrapServers(), registry.url())
            .withTopics(Topics.withPrefix(label + "-lib."));
    try (Publisher publisher =
        Publisher.open(config, new PublishMetrics(new SimpleMeterRegistry()))) {
      long start = System.nanoTime();
      Batch batch =
          new Batch(label, label, label, Records.observations(config.topics(), observations));
      PublishResult result = publisher.publish(batch, PublishListener.NONE);
      if (!result.committed()) {
        throw new IllegalStateException("publisher aborted: " + result.error());
      }
      return (System.nanoTime() - start) / 1e9;
    }
  }

  /**
   * Sends pre-serialized records with a plain producer: idempotent, {@code acks=all}, the
   * publisher's batching and compression; {@code asPublisher} adds what the publisher must do on
   * top (one transaction, the series partitioner).
   */
  /** Wall-clock and CPU time (the whole JVM's) of one timed step. */
  private record Timing(double seconds, double cpuSeconds) {}

  private static Timing sendRaw(
      EmbeddedKafkaBroker broker,
      List<ProducerRecord<String, byte[]>> records,
      boolean asPublisher) {
    Map<String, Object> props = new HashMap<>();
    props.putAll(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true,
            ProducerConfig.LINGER_MS_CONFIG,
            10,
            ProducerConfig.BATCH_SIZE_CONFIG,
            256 * 1024,
            ProducerConfig.COMPRESSION_TYPE_CONFIG,
            "lz4"));
    if (asPublisher) {
      props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "benchmark-raw-" + records.size());
      props.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, SeriesPartitioner.class.getName());
    }
    AtomicLong failed = new AtomicLong();
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      if (asPublisher) {
        producer.initTransactions();
      }
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      if (asPublisher) {
        producer.beginTransaction();
      }
      for (ProducerRecord<String, byte[]> record : records) {
        producer.send(
            record,
            (metadata, exception) -> {
              if (exception != null) {
                failed.incrementAndGet();
              }
            });
      }
      producer.flush();
      if (asPublisher) {
        producer.commitTransaction();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
      if (failed.get() > 0) {
        throw new IllegalStateException(failed.get() + " raw sends failed");
      }
      return new Timing(seconds, cpuSeconds);
    }
  }

  /**
   * CPU time per thread group while the real path runs, sampled every 50 ms so that threads which
   * end before it does (the CSV read-ahead, the producer's network thread) still count. What the
   * JVM's own threads (garbage collection, JIT compilers) used is the process's CPU time less the
   * Java threads'.
   */
  private static final class CpuWatch {
    private final ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> startNanos = new HashMap<>();
    private final long compileMillis = compileMillis();
    private final long gcMillis = gcMillis();
    private final Map<Long, Long> lastNanos = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Long, String> names = new java.util.concurrent.ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private CpuWatch() {
      for (long id : bean.getAllThreadIds()) {
        long nanos = bean.getThreadCpuTime(id);
        if (nanos >= 0) {
          startNanos.put(id, nanos);
        }
      }
      sampler = new Thread(this::sample, "benchmark-cpu-watch");
      sampler.setDaemon(true);
    }

    static CpuWatch start() {
      CpuWatch watch = new CpuWatch();
      watch.sampler.start();
      return watch;
    }

    private void sample() {
      while (running) {
        record();
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private void record() {
      for (ThreadInfo info : bean.getThreadInfo(bean.getAllThreadIds())) {
        if (info == null || info.getThreadName().equals("benchmark-cpu-watch")) {
          continue;
        }
        long nanos = bean.getThreadCpuTime(info.getThreadId());
        if (nanos >= 0) {
          lastNanos.put(info.getThreadId(), nanos);
          names.putIfAbsent(info.getThreadId(), info.getThreadName());
        }
      }
    }

    /** Stops sampling; the CPU seconds of each thread group, largest first. */
    String stop(double processSeconds) {
      running = false;
      sampler.interrupt();
      record();
      Map<String, Double> groups = new HashMap<>();
      double javaThreads = 0;
      for (Map.Entry<Long, Long> entry : lastNanos.entrySet()) {
        double seconds = (entry.getValue() - startNanos.getOrDefault(entry.getKey(), 0L)) / 1e9;
        javaThreads += seconds;
        groups.merge(group(names.get(entry.getKey())), seconds, Double::sum);
      }
      groups.put(
          String.format(
              Locale.ROOT,
              "JVM (JIT compilers: %.2f s compiling; garbage collection: %.2f s of pauses)",
              (compileMillis() - compileMillis) / 1e3,
              (gcMillis() - gcMillis) / 1e3),
          processSeconds - javaThreads);
      StringBuilder text = new StringBuilder();
      groups.entrySet().stream()
          .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
          .filter(e -> e.getValue() >= 0.05)
          .forEach(
              e ->
                  text.append(text.length() == 0 ? "" : ", ")
                      .append(e.getKey())
                      .append(String.format(Locale.ROOT, " %.2f s", e.getValue())));
      return text.toString();
    }

    private static long compileMillis() {
      return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long gcMillis() {
      return ManagementFactory.getGarbageCollectorMXBeans().stream()
          .mapToLong(GarbageCollectorMXBean::getCollectionTime)
          .sum();
    }

    private static String group(String thread) {
      if (thread.equals("main")) {
        return "main (validate, serialize, send)";
      }
      if (thread.startsWith("planwatch-read-csv")) {
        return "CSV read-ahead";
      }
      if (thread.startsWith("kafka-producer-network-thread")) {
        return "producer I/O";
      }
      if (thread.startsWith("data-plane")
          || thread.startsWith("kafka-")
          || thread.contains("raft")
          || thread.contains("quorum")
          || thread.contains("broker")
          || thread.startsWith("Txn")
          || thread.startsWith("log-")
          || thread.contains("ExpirationReaper")) {
        return "broker";
      }
      return "other Java threads";
    }
  }

  /** The largest heap in use right after a garbage collection: the live data, garbage aside. */
  private static final class HeapWatch implements NotificationListener {
    private final AtomicLong maxAfterGc = new AtomicLong();

    static HeapWatch start() {
      HeapWatch watch = new HeapWatch();
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener(watch, null, null);
      }
      return watch;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
      if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
          notification.getType())) {
        return;
      }
      GarbageCollectionNotificationInfo info =
          GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      long used =
          info.getGcInfo().getMemoryUsageAfterGc().values().stream()
              .mapToLong(MemoryUsage::getUsed)
              .sum();
      maxAfterGc.accumulateAndGet(used, Math::max);
    }

    /** Stops watching; the largest heap after a collection, in bytes. */
    long stop() {
      System.gc();
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        try {
          ((NotificationEmitter) gc).removeNotificationListener(this);
        } catch (ListenerNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
      return maxAfterGc.get();
    }
  }
}
