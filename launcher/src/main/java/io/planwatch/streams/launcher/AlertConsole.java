package io.planwatch.streams.launcher;

import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.PaceStatus;
import io.planwatch.registry.serde.SpecificAvroDeserializer;
import io.planwatch.topics.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows {@code pace.alerts} and {@code pace.progress} as a downstream consumer would (committed
 * records only, through the registry), prints every alert transition in Chinese and English as it
 * happens, and keeps the latest status of every target for the monthly summary. Its consumer group
 * commits offsets, so a resumed demo does not print old alerts again.
 */
final class AlertConsole implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertConsole.class);
  private static final String GROUP_ID = "planwatch-demo-console";

  private final KafkaConsumer<String, byte[]> consumer;
  private final SpecificAvroDeserializer<SpecificRecord> deserializer;
  private final Topics topics;
  private final PrintWriter out;
  private final Map<String, IndicatorProgress> latestProgress = new ConcurrentHashMap<>();
  private final List<String> printed = new CopyOnWriteArrayList<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong lastRecordNanos = new AtomicLong(System.nanoTime());
  private final AtomicLong recordsSeen = new AtomicLong();
  private final Thread thread;

  AlertConsole(String bootstrapServers, String registryUrl, Topics topics, PrintWriter out) {
    this.topics = topics;
    this.out = out;
    final Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP_ID);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    this.consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    this.deserializer = new SpecificAvroDeserializer<>();
    deserializer.configure(Map.of("schema.registry.url", registryUrl), false);
    this.thread = new Thread(this::poll, "planwatch-demo-console");
    thread.setDaemon(true);
  }

  void start() {
    consumer.subscribe(List.of(topics.paceAlerts().name(), topics.paceProgress().name()));
    thread.start();
  }

  long alertsPrinted() {
    return printed.size();
  }

  /** Every transition printed so far, as {@code alertId|transition|period}. */
  List<String> printedAlerts() {
    return List.copyOf(printed);
  }

  /** Counts by status of the latest evaluation of every target for {@code year}. */
  Map<PaceStatus, Integer> statusCounts(int year) {
    final Map<PaceStatus, Integer> counts = new EnumMap<>(PaceStatus.class);
    for (final IndicatorProgress progress : latestProgress.values()) {
      if (progress.getYear() == year) {
        counts.merge(progress.getStatus(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private void poll() {
    try {
      while (running.get()) {
        for (final ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          handle(record);
        }
      }
    } catch (WakeupException e) {
      // close() asked the loop to end.
    } catch (RuntimeException e) {
      LOG.error("The demo console stopped following alerts: {}", e.getMessage(), e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /**
   * Waits until no alert or progress record has arrived for {@code quiet} (the app has caught up
   * with what was published), at most {@code max}.
   *
   * @return whether it went quiet in time
   */
  boolean awaitQuiet(Duration quiet, Duration max) throws InterruptedException {
    final long deadline = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < deadline) {
      if (recordsSeen.get() > 0 && System.nanoTime() - lastRecordNanos.get() >= quiet.toNanos()) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }

  /**
   * Waits until at least {@code count} alert transitions were printed, at most {@code max}.
   *
   * @return whether they were
   */
  boolean awaitAlerts(long count, Duration max) throws InterruptedException {
    final long deadline = System.nanoTime() + max.toNanos();
    while (printed.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    return printed.size() >= count;
  }

  private void handle(ConsumerRecord<String, byte[]> record) {
    recordsSeen.incrementAndGet();
    lastRecordNanos.set(System.nanoTime());
    if (record.value() == null) {
      latestProgress.remove(record.key());
      return;
    }
    final SpecificRecord value = deserializer.deserialize(record.topic(), record.value());
    if (value instanceof PaceAlert alert) {
      printed.add(alert.getAlertId() + "|" + alert.getTransition() + "|" + alert.getPeriod());
      synchronized (out) {
        out.printf(
            "【%s｜%s】%s%n           %s%n",
            alert.getTransition(), alert.getSeverity(), alert.getTextZh(), alert.getTextEn());
        out.flush();
      }
    } else if (value instanceof IndicatorProgress progress) {
      latestProgress.put(record.key(), progress);
    }
  }

  @Override
  public void close() {
    running.set(false);
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
