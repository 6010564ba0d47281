package io.planwatch.streams.query;

import io.planwatch.registry.client.RegistryUnreachableException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
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
 * Reads every partition of one topic from the beginning, with no consumer group, and hands each
 * record to a fold on its own thread: the in-memory equivalent of a global store, for data the
 * topology does not keep in a queryable form. Reads only committed records (the topology writes
 * exactly-once). It is {@linkplain #caughtUp() caught up} once it has read up to the end offsets
 * seen when it started; until then its data is incomplete and queries answer 503.
 *
 * <p>A record that cannot be deserialized is logged with its topic, partition and offset, counted
 * and skipped: the mirror only serves queries, and the topology dead-letters the same record. A
 * registry that cannot be reached is not the record's fault: the mirror retries the same record
 * until the registry answers, so nothing is skipped for an outage.
 */
final class TopicMirror implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TopicMirror.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration REGISTRY_RETRY = Duration.ofSeconds(1);
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  private final String topic;
  private final KafkaConsumer<String, ?> consumer;
  private final Fold<?> fold;
  private final BooleanSupplier wanted;
  private final Thread thread;
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicBoolean closing = new AtomicBoolean();
  private volatile boolean running = true;
  private volatile boolean caughtUp;

  /**
   * @param clientProperties bootstrap servers and security settings
   * @param wanted false once the mirror is no longer needed (the streams closed): it stops
   */
  <V> TopicMirror(
      final String topic,
      final Map<String, Object> clientProperties,
      final Deserializer<V> values,
      final BiConsumer<String, V> apply,
      final BooleanSupplier wanted) {
    this.topic = topic;
    final Map<String, Object> props = new HashMap<>(clientProperties);
    props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "planwatch-query-mirror-" + topic);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    final KafkaConsumer<String, V> typed =
        new KafkaConsumer<>(props, new StringDeserializer(), values);
    this.consumer = typed;
    this.fold = new Fold<>(typed, apply);
    this.wanted = wanted;
    this.thread = new Thread(this::run, "query-mirror-" + topic);
    this.thread.setDaemon(true);
  }

  TopicMirror start() {
    thread.start();
    return this;
  }

  /** Whether everything the topic held at start has been read. */
  boolean caughtUp() {
    return caughtUp;
  }

  /** Records skipped because they could not be deserialized. */
  long skipped() {
    return skipped.get();
  }

  String topic() {
    return topic;
  }

  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
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
      final Map<TopicPartition, Long> target = assignAll();
      while (running && wanted.getAsBoolean()) {
        pollOnce();
        if (!caughtUp
            && target.entrySet().stream()
                .allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
          caughtUp = true;
          LOG.info("Query mirror of {} caught up", topic);
        }
      }
    } catch (final WakeupException e) {
      // close() asked to stop
    } catch (final RuntimeException e) {
      LOG.error("Query mirror of {} failed; its queries answer 503 from now on", topic, e);
      caughtUp = false;
    } finally {
      running = false;
      consumer.close(CLOSE_WAIT);
    }
  }

  /** Waits for the topic to exist, assigns all its partitions, returns the end offsets now. */
  private Map<TopicPartition, Long> assignAll() {
    List<PartitionInfo> partitions = consumer.partitionsFor(topic);
    while (running && wanted.getAsBoolean() && (partitions == null || partitions.isEmpty())) {
      LOG.info("Query mirror waits for topic {} to exist", topic);
      sleep(POLL);
      partitions = consumer.partitionsFor(topic);
    }
    final List<TopicPartition> assigned =
        partitions == null
            ? List.of()
            : partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    consumer.assign(assigned);
    consumer.seekToBeginning(assigned);
    return consumer.endOffsets(assigned);
  }

  private void pollOnce() {
    try {
      fold.pollAndApply();
    } catch (final RecordDeserializationException e) {
      if (RegistryUnreachableException.isCauseOf(e)) {
        LOG.warn(
            "Query mirror retries {} offset {}: the schema registry is unreachable: {}",
            e.topicPartition(),
            e.offset(),
            e.getMessage());
        consumer.seek(e.topicPartition(), e.offset());
        sleep(REGISTRY_RETRY);
        return;
      }
      skipped.incrementAndGet();
      LOG.error(
          "Query mirror skips the record at {} offset {}: {}",
          e.topicPartition(),
          e.offset(),
          e.getMessage());
      consumer.seek(e.topicPartition(), e.offset() + 1);
    }
  }

  private static void sleep(final Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The consumer and the fold with the same value type. */
  private record Fold<V>(KafkaConsumer<String, V> consumer, BiConsumer<String, V> apply) {
    void pollAndApply() {
      for (final ConsumerRecord<String, V> record : consumer.poll(POLL)) {
        apply.accept(record.key(), record.value());
      }
    }
  }
}
