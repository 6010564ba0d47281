package io.planwatch.registry.serde;

import io.planwatch.registry.client.SchemaRegistryClient;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * {@link SpecificAvroSerializer} and {@link SpecificAvroDeserializer} as one Serde, for producers,
 * consumers and Kafka Streams. Configure with Confluent's names ({@code schema.registry.url},
 * {@code auto.register.schemas}, …), or build one around a client with {@link #of}.
 */
public final class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {
  private final SpecificAvroSerializer<T> serializer;
  private final SpecificAvroDeserializer<T> deserializer;

  /** For reflective construction; reads by the writer schema's class name. */
  public SpecificAvroSerde() {
    this(null, null);
  }

  /** Reads as {@code type}; call {@link #configure} before use. */
  public SpecificAvroSerde(Class<T> type) {
    this(null, type);
  }

  /** Around a given client (tests, shared clients); {@link #configure} is optional. */
  public SpecificAvroSerde(SchemaRegistryClient client, Class<T> type) {
    this.serializer =
        client == null ? new SpecificAvroSerializer<>() : new SpecificAvroSerializer<>(client);
    this.deserializer = new SpecificAvroDeserializer<>(client, type);
  }

  /** A serde for {@code type}, configured for keys or values. */
  public static <T extends SpecificRecord> SpecificAvroSerde<T> of(
      Class<T> type, Map<String, ?> configs, boolean isKey) {
    SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(type);
    serde.configure(configs, isKey);
    return serde;
  }

  /** A serde for {@code type} over a client, configured for keys or values. */
  public static <T extends SpecificRecord> SpecificAvroSerde<T> of(
      SchemaRegistryClient client, Class<T> type, Map<String, ?> configs, boolean isKey) {
    SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(client, type);
    serde.configure(configs, isKey);
    return serde;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    serializer.configure(configs, isKey);
    deserializer.configure(configs, isKey);
  }

  @Override
  public Serializer<T> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<T> deserializer() {
    return deserializer;
  }
}
