package io.planwatch.producers.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The publisher's Micrometer meters, low-cardinality: no topic or file tags.
 *
 * <ul>
 *   <li>{@code planwatch.producer.records.sent}: records the broker acknowledged
 *   <li>{@code planwatch.producer.records.failed}: records whose serialization or send failed
 *   <li>{@code planwatch.producer.records.rejected}: invalid input rows never sent
 *   <li>{@code planwatch.producer.records.skipped}: records of batches already published
 *   <li>{@code planwatch.producer.bytes}: serialized key + value bytes per acknowledged record
 *   <li>{@code planwatch.producer.send.latency}: from hand-over to acknowledgement
 *   <li>{@code planwatch.producer.transactions}: duration of each batch, tag {@code outcome}
 * </ul>
 */
public final class PublishMetrics {
  private final MeterRegistry registry;
  private final Counter sent;
  private final Counter failed;
  private final Counter rejected;
  private final Counter skipped;
  private final DistributionSummary bytes;
  private final Timer latency;

  public PublishMetrics(MeterRegistry registry) {
    this.registry = registry;
    sent =
        Counter.builder("planwatch.producer.records.sent")
            .description("records acknowledged by the broker")
            .register(registry);
    failed =
        Counter.builder("planwatch.producer.records.failed")
            .description("records whose serialization or send failed")
            .register(registry);
    rejected =
        Counter.builder("planwatch.producer.records.rejected")
            .description("invalid input rows that were not published")
            .register(registry);
    skipped =
        Counter.builder("planwatch.producer.records.skipped")
            .description("records of batches the ledger says were published before")
            .register(registry);
    bytes =
        DistributionSummary.builder("planwatch.producer.bytes")
            .description("serialized key and value bytes per acknowledged record")
            .baseUnit("bytes")
            .register(registry);
    latency =
        Timer.builder("planwatch.producer.send.latency")
            .description("time from handing a record to the producer to its acknowledgement")
            .register(registry);
  }

  public MeterRegistry registry() {
    return registry;
  }

  void acknowledged(long startNanos, int serializedBytes) {
    sent.increment();
    bytes.record(serializedBytes);
    latency.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
  }

  void failed() {
    failed.increment();
  }

  public void skipped(int records) {
    skipped.increment(records);
  }

  /** Counts invalid input rows that were left out. */
  public void rejected(int rows) {
    rejected.increment(rows);
  }

  void transaction(PublishResult.Outcome outcome, Duration elapsed) {
    Timer.builder("planwatch.producer.transactions")
        .description("publishing one batch in one transaction")
        .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
        .register(registry)
        .record(elapsed);
  }
}
