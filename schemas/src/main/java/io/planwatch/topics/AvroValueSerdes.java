package io.planwatch.topics;

import io.planwatch.registry.client.SchemaRegistryClient;
import io.planwatch.registry.serde.SpecificAvroSerde;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Value serdes of the catalogue's topics: the project's Confluent-compatible specific Avro serde,
 * configured with Confluent's names ({@code schema.registry.url}, {@code auto.register.schemas},
 * …). {@code mock://scope} selects the in-memory registry, for topology tests.
 *
 * <pre>{@code
 * ValueSerdeFactory serdes = AvroValueSerdes.of(Map.of("schema.registry.url", registryUrl));
 * Serde<StatisticalObservation> values = topics.observations().valueSerde(serdes);
 * }</pre>
 */
public final class AvroValueSerdes implements ValueSerdeFactory {
  private final SchemaRegistryClient client;
  private final Map<String, ?> configs;

  private AvroValueSerdes(SchemaRegistryClient client, Map<String, ?> configs) {
    this.client = client;
    this.configs = Map.copyOf(configs);
  }

  /** Serdes that each build their registry client from {@code configs}. */
  public static AvroValueSerdes of(Map<String, ?> configs) {
    return new AvroValueSerdes(null, configs);
  }

  /** Serdes sharing one registry client (its id cache too); {@code configs} tunes the serde. */
  public static AvroValueSerdes over(SchemaRegistryClient client, Map<String, ?> configs) {
    return new AvroValueSerdes(Objects.requireNonNull(client, "client"), configs);
  }

  @Override
  public <V extends SpecificRecord> Serde<V> valueSerde(Class<V> type) {
    return client == null
        ? SpecificAvroSerde.of(type, configs, false)
        : SpecificAvroSerde.of(client, type, configs, false);
  }
}
