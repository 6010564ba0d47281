package io.planwatch.producers.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic back to its end as a {@code read_committed} consumer sees it (assigning every
 * partition: no group, nothing committed).
 *
 * <p>A transaction's commit markers reach the partitions just after {@code commitTransaction}
 * returns; until then the last stable offset (the end a {@code read_committed} consumer sees) stops
 * short of the committed records. So the reader first waits, up to a bound, for the last stable
 * offset to reach the high watermark: when no transaction is open, that is at once; a transaction
 * left open by a crashed producer is waited for no longer than the bound, and its records are not
 * read.
 */
public final class TopicReader {
  /** How long to wait for transactions in flight to complete before reading. */
  static final Duration SETTLE_BOUND = Duration.ofSeconds(5);

  private final Map<String, Object> clientProperties;
  private final Duration timeout;

  /**
   * @param clientProperties Kafka client settings ({@code bootstrap.servers}, security…)
   * @param timeout bound of the whole read
   */
  public TopicReader(Map<String, Object> clientProperties, Duration timeout) {
    this.clientProperties = Map.copyOf(clientProperties);
    this.timeout = timeout;
  }

  /**
   * The latest value of each key in {@code topic}, tombstones removing keys, in first-seen order;
   * empty if the topic does not exist.
   */
  public <V> Map<String, V> latest(String topic, Deserializer<V> values) {
    Map<String, V> latest = new LinkedHashMap<>();
    for (ConsumerRecord<String, V> record : committed(topic, values)) {
      if (record.value() == null) {
        latest.remove(record.key());
      } else {
        latest.put(record.key(), record.value());
      }
    }
    return latest;
  }

  /**
   * Every committed record of {@code topic}, partition by partition in offset order; empty if the
   * topic does not exist.
   *
   * @throws IllegalStateException if the end is not reached within the timeout
   */
  public <V> List<ConsumerRecord<String, V>> committed(String topic, Deserializer<V> values) {
    List<ConsumerRecord<String, V>> records = new ArrayList<>();
    try (KafkaConsumer<String, V> consumer =
        new KafkaConsumer<>(properties("read_committed"), new StringDeserializer(), values)) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
      if (infos == null || infos.isEmpty()) {
        return records;
      }
      List<TopicPartition> partitions =
          infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
      Map<TopicPartition, Long> end = stableEnd(consumer, partitions);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!reachedEnd(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "could not read topic " + topic + " to its end within " + timeout);
        }
        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
      }
    }
    return records;
  }

  /** The committed end, once it caught up with the high watermark or the bound passed. */
  private Map<TopicPartition, Long> stableEnd(
      KafkaConsumer<String, ?> committed, List<TopicPartition> partitions) {
    Map<TopicPartition, Long> highWatermark;
    try (KafkaConsumer<byte[], byte[]> uncommitted =
        new KafkaConsumer<>(
            properties("read_uncommitted"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      highWatermark = uncommitted.endOffsets(partitions, timeout);
    }
    long deadline = System.nanoTime() + SETTLE_BOUND.toNanos();
    Map<TopicPartition, Long> end = committed.endOffsets(partitions, timeout);
    while (!end.equals(highWatermark) && System.nanoTime() < deadline) {
      sleep();
      end = committed.endOffsets(partitions, timeout);
    }
    return end;
  }

  private Map<String, Object> properties(String isolation) {
    Map<String, Object> props = new HashMap<>(clientProperties);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "planwatch-reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    return props;
  }

  private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> entry : end.entrySet()) {
      if (consumer.position(entry.getKey()) < entry.getValue()) {
        return false;
      }
    }
    return true;
  }

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for transactions to complete", e);
    }
  }
}
