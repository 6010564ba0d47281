package io.planwatch.streams.web;

import io.planwatch.avro.PaceAlert;
import io.planwatch.registry.client.RegistryUnreachableException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code pace.alerts} for the live feed on its own thread and hands each transition to a
 * sink. Every partition is assigned to it, with no consumer group: each app instance serves its own
 * browsers and must see every alert (a shared group would split the partitions among the
 * instances). It starts {@code backlog} records before the end of each partition, so a browser
 * opening the feed sees the latest transitions at once; it reads committed records only, as the
 * topology writes exactly-once.
 *
 * <p>A record that cannot be deserialized is logged with its partition and offset and skipped: the
 * feed only shows alerts, and the topology's alert-history store records the same events.
 */
final class AlertFeed implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);
  private static final Duration POLL = Duration.ofMillis(250);
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  private final String topic;
  private final int backlog;
  private final KafkaConsumer<String, PaceAlert> consumer;
  private final Consumer<AlertEvent> sink;
  private final BooleanSupplier wanted;
  private final Runnable onStop;
  private final Thread thread;
  private volatile boolean running = true;

  /**
   * @param clientProperties bootstrap servers and security settings
   * @param wanted false once the feed is no longer needed (the streams closed): it stops
   * @param onStop run once the feed has stopped, e.g. to end the browsers' streams
   */
  AlertFeed(
      final String topic,
      final int backlog,
      final Map<String, Object> clientProperties,
      final Deserializer<PaceAlert> values,
      final Consumer<AlertEvent> sink,
      final BooleanSupplier wanted,
      final Runnable onStop) {
    this.topic = topic;
    this.backlog = backlog;
    final Map<String, Object> props = new HashMap<>(clientProperties);
    props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "planwatch-dashboard-feed");
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), values);
    this.sink = sink;
    this.wanted = wanted;
    this.onStop = onStop;
    this.thread = new Thread(this::run, "dashboard-alert-feed");
    this.thread.setDaemon(true);
  }

  AlertFeed start() {
    thread.start();
    return this;
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    if (Thread.currentThread() != thread) {
      try {
        thread.join(CLOSE_WAIT.toMillis());
      } catch (final InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    try {
      assignNearTheEnd();
      while (running && wanted.getAsBoolean()) {
        pollOnce();
      }
    } catch (final WakeupException e) {
      // close() asked to stop
    } catch (final RuntimeException e) {
      LOG.error("The dashboard's alert feed of {} failed; no more live alerts", topic, e);
    } finally {
      consumer.close(CloseOptions.timeout(CLOSE_WAIT));
      onStop.run();
    }
  }

  private void assignNearTheEnd() {
    List<PartitionInfo> partitions = consumer.partitionsFor(topic);
    while (running && wanted.getAsBoolean() && (partitions == null || partitions.isEmpty())) {
      LOG.info("Alert feed waits for topic {} to exist", topic);
      sleep();
      partitions = consumer.partitionsFor(topic);
    }
    if (partitions == null) {
      return;
    }
    final List<TopicPartition> assigned =
        partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    consumer.assign(assigned);
    final Map<TopicPartition, Long> begin = consumer.beginningOffsets(assigned);
    consumer
        .endOffsets(assigned)
        .forEach((tp, end) -> consumer.seek(tp, Math.max(begin.get(tp), end - backlog)));
  }

  private void pollOnce() {
    try {
      for (final ConsumerRecord<String, PaceAlert> r : consumer.poll(POLL)) {
        if (r.value() != null) {
          sink.accept(AlertEvent.of(r.partition(), r.offset(), r.value()));
        }
      }
    } catch (final RecordDeserializationException e) {
      if (RegistryUnreachableException.isCauseOf(e)) {
        // Not the record's fault: read it again once the registry answers.
        LOG.warn(
            "Alert feed retries {} offset {}: the schema registry is unreachable: {}",
            e.topicPartition(),
            e.offset(),
            e.getMessage());
        consumer.seek(e.topicPartition(), e.offset());
        sleep();
        return;
      }
      LOG.error(
          "Alert feed skips the record at {} offset {}: {}",
          e.topicPartition(),
          e.offset(),
          e.getMessage());
      consumer.seek(e.topicPartition(), e.offset() + 1);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
