package io.planwatch.producers.testing;

import io.planwatch.producers.publish.TopicReader;
import io.planwatch.registry.client.RegistryClientConfig;
import io.planwatch.registry.serde.SpecificAvroDeserializer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a downstream consumer sees: every record of a topic read by a {@code read_committed}
 * consumer with the project's Avro deserializer, once transactions in flight have completed.
 */
public final class TopicContents {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private TopicContents() {}

  /** Every committed record of {@code topic}, partition by partition, in offset order. */
  public static <V extends SpecificRecord> List<ConsumerRecord<String, V>> committed(
      String bootstrapServers, String registryUrl, String topic, Class<V> type) {
    SpecificAvroDeserializer<V> values = new SpecificAvroDeserializer<>(type);
    values.configure(Map.of(RegistryClientConfig.SCHEMA_REGISTRY_URL, registryUrl), false);
    return new TopicReader(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), TIMEOUT)
        .committed(topic, values);
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
