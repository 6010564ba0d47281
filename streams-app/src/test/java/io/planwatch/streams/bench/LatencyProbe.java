package io.planwatch.streams.bench;

import io.planwatch.avro.IndicatorProgress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code pace.progress} (read_committed, from its end when started) and records, for every
 * progress record of a probe observation (release id starting with {@link #RELEASE_PREFIX}), the
 * time from the observation's publication to the moment this consumer sees the record. Only the
 * first progress record per observation counts.
 */
final class LatencyProbe implements AutoCloseable {
  static final String RELEASE_PREFIX = "latency-";

  private final KafkaConsumer<String, IndicatorProgress> consumer;
  private final Thread thread;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Set<String> seen = new HashSet<>();
  private final List<Long> latenciesMs = new ArrayList<>();
  private volatile boolean positioned;

  LatencyProbe(
      final String bootstrapServers,
      final String topic,
      final Deserializer<IndicatorProgress> values) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            values);
    final List<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    thread = new Thread(this::run, "latency-probe");
  }

  LatencyProbe start() throws InterruptedException {
    thread.start();
    while (!positioned) {
      Thread.sleep(20);
    }
    return this;
  }

  private void run() {
    consumer.assignment().forEach(consumer::position);
    positioned = true;
    while (running.get()) {
      for (final ConsumerRecord<String, IndicatorProgress> record :
          consumer.poll(Duration.ofMillis(50))) {
        final long now = System.currentTimeMillis();
        final IndicatorProgress p = record.value();
        if (p == null
            || p.getReleaseId() == null
            || !p.getReleaseId().startsWith(RELEASE_PREFIX)
            || p.getObservationPublishedAt() == null) {
          continue;
        }
        synchronized (this) {
          if (seen.add(p.getReleaseId())) {
            latenciesMs.add(now - p.getObservationPublishedAt().toEpochMilli());
          }
        }
      }
    }
  }

  synchronized int matched() {
    return latenciesMs.size();
  }

  /** The latencies seen so far, sorted, in milliseconds. */
  synchronized List<Long> sortedLatenciesMs() {
    final List<Long> copy = new ArrayList<>(latenciesMs);
    Collections.sort(copy);
    return copy;
  }

  static long percentile(final List<Long> sorted, final double p) {
    if (sorted.isEmpty()) {
      return -1;
    }
    final int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    thread.join(5_000);
    consumer.close();
  }
}
