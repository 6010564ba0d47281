package io.planwatch.topics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * One topic of the catalogue: its full name, UTF-8 String keys in a documented format, Avro values
 * of one class, and how the topic forgets (cleanup policy and retention).
 *
 * @param name the full topic name, prefix included
 * @param valueType the Avro class of every value
 * @param cleanupPolicy compact or delete
 * @param retention how long a delete topic keeps records
 * @param keyFormat how the key is built, e.g. {@code indicator|region|period|measure}
 * @param <V> the value type
 */
public record TopicSpec<V extends SpecificRecord>(
    String name,
    Class<V> valueType,
    CleanupPolicy cleanupPolicy,
    Retention retention,
    String keyFormat) {

  public TopicSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(valueType, "valueType");
    Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(keyFormat, "keyFormat");
  }

  /** Keys of every planwatch topic are UTF-8 strings. */
  public Serde<String> keySerde() {
    return Serdes.String();
  }

  /** The value serde for {@link #valueType()} made by {@code factory}. */
  public Serde<V> valueSerde(ValueSerdeFactory factory) {
    return factory.valueSerde(valueType);
  }

  /** The registry subject of the values under TopicNameStrategy: {@code <topic>-value}. */
  public String valueSubject() {
    return name + "-value";
  }

  /** Topic configs to create it with: {@code cleanup.policy} and, if set, {@code retention.ms}. */
  public Map<String, String> topicConfigs() {
    Map<String, String> configs = new LinkedHashMap<>();
    configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy.configValue());
    retention.retentionMs().ifPresent(ms -> configs.put(TopicConfig.RETENTION_MS_CONFIG, ms));
    return configs;
  }
}
