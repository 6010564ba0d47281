package io.planwatch.producers.testing;

import io.planwatch.registry.client.RegistryClientConfig;
import io.planwatch.registry.serde.SpecificAvroDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a downstream consumer sees: every record of a topic read by a {@code read_committed}
 * consumer with the project's Avro deserializer, up to the last stable offset.
 */
public final class TopicContents {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private TopicContents() {}

  /** Every committed record of {@code topic}, partition by partition, in offset order. */
  public static <V extends SpecificRecord> List<ConsumerRecord<String, V>> committed(
      String bootstrapServers, String registryUrl, String topic, Class<V> type) {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    SpecificAvroDeserializer<V> values = new SpecificAvroDeserializer<>(type);
    values.configure(Map.of(RegistryClientConfig.SCHEMA_REGISTRY_URL, registryUrl), false);
    List<ConsumerRecord<String, V>> records = new ArrayList<>();
    try (KafkaConsumer<String, V> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), values)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, TIMEOUT).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end");
        }
        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
      }
    }
    return records;
  }

  /** The latest value per key (null for a tombstone), as a compacted topic keeps it. */
  public static <V extends SpecificRecord> Map<String, V> latest(
      String bootstrapServers, String registryUrl, String topic, Class<V> type) {
    Map<String, V> latest = new LinkedHashMap<>();
    committed(bootstrapServers, registryUrl, topic, type)
        .forEach(record -> latest.put(record.key(), record.value()));
    return latest;
  }
}
