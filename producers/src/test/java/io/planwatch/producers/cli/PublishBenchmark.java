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
import io.planwatch.producers.ingest.columns.ObservationColumns;
import io.planwatch.producers.ingest.read.CsvTableReader;
import io.planwatch.producers.ingest.read.RowStream;
import io.planwatch.producers.ingest.read.TextDecoder;
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
import java.io.IOException;
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
import java.util.Arrays;
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
 *       check, begin one transaction, parse the file on a read-ahead thread, validate its rows on
 *       the calling thread, map, serialize and send each valid row on the send stage's thread,
 *       write the ledger entry, commit), timed from start to exit, with the CPU time of each thread
 *       group and the largest heap in use after a garbage collection meanwhile;
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
 * Each round also parses the CSV alone (decoding and Commons CSV, no validation) on one thread and
 * reports its CPU time: a floor under what the real path must spend on top of sending.
 *
 * <p>A warm-up round of 100,000 rows through every path runs first; the measured round then runs
 * ROUNDS times (default 5; the later ones with the JIT's compilation mostly done), and the summary
 * gives each round's ratio and their median: on a shared 2-core machine one round's figures move by
 * a factor of two.
 *
 * <p>Usage: {@code PublishBenchmark [ROWS [ROUNDS]]}
 */
public final class PublishBenchmark {
  private static final int WARM_UP_ROWS = 100_000;

  private PublishBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Files.createTempDirectory("planwatch-benchmark");
    try {
      run(rows, rounds, dir);
    } finally {
      // The file, the warm-up file and the broker's log: a few hundred MB each run.
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static void run(int rows, int rounds, Path dir) throws Exception {
    Catalogue catalogue = Catalogue.loadDefault();
    Path warmUp = BenchmarkData.write(dir.resolve("warm-up.csv"), WARM_UP_ROWS, catalogue);
    Path file = BenchmarkData.write(dir.resolve("release.csv"), rows, catalogue);
    System.out.printf(Locale.ROOT, "wrote %,d rows (%,d bytes)%n", rows, Files.size(file));
    try (EmbeddedKafkaBroker broker =
            EmbeddedKafkaBroker.builder().dataDir(dir.resolve("kafka")).build().start();
        SchemaRegistryServer registry = new SchemaRegistryServer(0).start()) {
      round(broker, registry, catalogue, warmUp, "warm-up");
      // The first full round still pays for JIT compilation (several CPU-seconds of the real
      // path's), as a fresh releases process does; later ones show the settled rate, as a
      // long-running publisher would have it.
      List<RoundResult> results = new ArrayList<>();
      for (int i = 1; i <= rounds; i++) {
        results.add(round(broker, registry, catalogue, file, "measured-" + i));
      }
      for (int i = 0; i < results.size(); i++) {
        RoundResult result = results.get(i);
        System.out.printf(
            Locale.ROOT,
            "rows=%d round %d: real path: %,.0f rows/s; raw producer: %,.0f rows/s; ratio %.2f;"
                + " CPU-seconds: real path %.2f, raw producer %.2f, parsing the CSV alone %.2f%n",
            rows,
            i + 1,
            result.realRate(),
            result.rawRate(),
            result.ratio(),
            result.realCpu(),
            result.rawCpu(),
            result.parseCpu());
      }
      double medianParse = median(results.stream().mapToDouble(RoundResult::parseCpu).toArray());
      double medianRaw = median(results.stream().mapToDouble(RoundResult::rawCpu).toArray());
      System.out.printf(
          Locale.ROOT,
          "rows=%d median of %d rounds: ratio %.2f (real path %,.0f rows/s, raw producer %,.0f"
              + " rows/s); with both cores busy, parsing the CSV alone (%.2f CPU-s) on top of the"
              + " raw producer's CPU (%.2f CPU-s) would already bound the ratio at %.2f%n",
          rows,
          results.size(),
          median(results.stream().mapToDouble(RoundResult::ratio).toArray()),
          median(results.stream().mapToDouble(RoundResult::realRate).toArray()),
          median(results.stream().mapToDouble(RoundResult::rawRate).toArray()),
          medianParse,
          medianRaw,
          medianRaw / (medianRaw + medianParse));
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** What one round measured: rates in rows/s, CPU in seconds. */
  private record RoundResult(
      double realRate, double rawRate, double realCpu, double rawCpu, double parseCpu) {
    double ratio() {
      return realRate / rawRate;
    }
  }

  /**
   * Parses the CSV on this thread, without validation (decoding and Commons CSV, as the read-ahead
   * thread does), counting its lines: this thread's CPU seconds.
   */
  private static double parseOnly(Path file) throws IOException {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long start = bean.getCurrentThreadCpuTime();
    byte[] bytes = Files.readAllBytes(file);
    long lines = 0;
    try (RowStream rows =
        CsvTableReader.stream(TextDecoder.reader(bytes, null), ObservationColumns.ALL, false)) {
      while (rows.lines().hasNext()) {
        rows.lines().next();
        lines++;
      }
    }
    if (lines == 0) {
      throw new IllegalStateException("no lines parsed from " + file);
    }
    return (bean.getCurrentThreadCpuTime() - start) / 1e9;
  }

  /** One round of every path on fresh topics. */
  private static RoundResult round(
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
    double parseOnlyCpu = parseOnly(file);
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
    // The records were just made: collected now, they are not copied by the young collections
    // that run during the timed send, which made the raw time vary by a factor of two.
    System.gc();
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
            + " raw producer in one transaction, series partitioner %.2f s (%,.0f rows/s);"
            + " parsing the CSV alone (no validation, one thread) %.2f CPU-s%n"
            + "%s: real path CPU by thread: %s%n"
            + "%s: raw producer CPU by thread: %s%n",
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
        parseOnlyCpu,
        label,
        cpuByThread,
        label,
        raw.cpuByThread());
    return new RoundResult(realRate, rawRate, realCpuSeconds, raw.cpuSeconds(), parseOnlyCpu);
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

  /** Wall-clock and CPU time (the whole JVM's, and by thread group) of one timed step. */
  private record Timing(double seconds, double cpuSeconds, String cpuByThread) {}

  /**
   * Sends pre-serialized records with a plain producer: idempotent, {@code acks=all}, the
   * publisher's batching and compression; {@code asPublisher} adds what the publisher must do on
   * top (one transaction, the series partitioner).
   */
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
      CpuWatch threads = CpuWatch.start();
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
      return new Timing(seconds, cpuSeconds, threads.stop(cpuSeconds));
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
        return "main (validate; raw: send)";
      }
      if (thread.startsWith("planwatch-send")) {
        return "send stage (map, serialize, send)";
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
