package io.planwatch.registry.serde;

import io.planwatch.registry.client.RegistryUnreachableException;
import io.planwatch.registry.client.SchemaRegistryClient;
import io.planwatch.registry.client.SchemaRegistryClients;
import io.planwatch.registry.client.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-framed Avro into generated classes. The writer schema comes from the registry by
 * the id in the header; the reader schema is {@code T}'s (or, when no type is given, the generated
 * class named like the writer schema), and Avro schema resolution bridges them, so a newer reader
 * reads older data. Null is read as null. Anything else unreadable is an {@link
 * AvroDeserializationException} naming the topic, offset and schema id; a registry outage, 5xx or
 * refused credentials propagate as the {@link SchemaRegistryException} they are ({@link
 * RegistryUnreachableException} when no registry answered), so the application fails fast. One
 * datum reader per writer id, one decoder per thread, reused.
 */
public final class SpecificAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {
  private static final ThreadLocal<BoundedBinaryDecoder> DECODERS =
      ThreadLocal.withInitial(BoundedBinaryDecoder::new);

  private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();
  private final SpecificData model = new ListSpecificData(getClass().getClassLoader());
  private SchemaRegistryClient client;
  private Class<T> type;

  /** For Kafka's reflective construction; {@link #configure} builds the client. */
  public SpecificAvroDeserializer() {}

  /** Reads as {@code type}; {@link #configure} builds the client. */
  public SpecificAvroDeserializer(Class<T> type) {
    this.type = type;
  }

  /** Reads as {@code type} (or by writer name when null) through a given client. */
  public SpecificAvroDeserializer(SchemaRegistryClient client, Class<T> type) {
    this.client = client;
    this.type = type;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    AvroSerdeConfig config = AvroSerdeConfig.from(configs);
    String typeName = isKey ? config.specificKeyType() : config.specificValueType();
    if (type == null && typeName != null) {
      type = loadType(typeName);
    }
    if (client == null) {
      client = SchemaRegistryClients.create(configs);
    }
  }

  @Override
  public T deserialize(String topic, byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    if (client == null) {
      throw new IllegalStateException("deserializer not configured: set schema.registry.url");
    }
    if (bytes.length == 0) {
      throw new AvroDeserializationException(topic, null, 0, "empty value (no magic byte)", null);
    }
    if (bytes[0] != WireFormat.MAGIC_BYTE) {
      throw new AvroDeserializationException(
          topic,
          null,
          0,
          String.format(
              "unknown magic byte 0x%02x, expected 0x00 (not Confluent wire format)", bytes[0]),
          null);
    }
    if (bytes.length < WireFormat.HEADER_SIZE) {
      throw new AvroDeserializationException(
          topic, null, bytes.length, "truncated header: " + bytes.length + " of 5 bytes", null);
    }
    int id = WireFormat.schemaId(bytes);
    DatumReader<T> reader = readers.computeIfAbsent(id, i -> newReader(topic, i));
    BoundedBinaryDecoder decoder =
        DECODERS.get().reset(bytes, WireFormat.HEADER_SIZE, bytes.length - WireFormat.HEADER_SIZE);
    T record;
    try {
      record = reader.read(null, decoder);
    } catch (IOException | RuntimeException e) {
      throw new AvroDeserializationException(
          topic, id, position(decoder, bytes.length), "malformed or truncated record: " + e, e);
    }
    int trailing = remaining(decoder);
    if (trailing != 0) {
      throw new AvroDeserializationException(
          topic,
          id,
          bytes.length - trailing,
          trailing + " unexpected byte(s) after the record",
          null);
    }
    return record;
  }

  private DatumReader<T> newReader(String topic, int id) {
    Schema writer;
    try {
      writer = client.schemaById(id);
    } catch (SchemaRegistryException e) {
      if (e.isInfrastructure()) {
        throw e;
      }
      throw new AvroDeserializationException(
          topic, id, 1, "unknown schema id " + id + " (" + e.getMessage() + ")", e);
    }
    Schema reader = readerSchema(topic, id, writer);
    SchemaPairCompatibility compatibility =
        SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
    if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
      throw new AvroDeserializationException(
          topic,
          id,
          1,
          "writer schema "
              + writer.getFullName()
              + " cannot be read as "
              + reader.getFullName()
              + ": "
              + compatibility.getDescription(),
          null);
    }
    return new SpecificDatumReader<>(writer, reader, model);
  }

  private Schema readerSchema(String topic, int id, Schema writer) {
    if (type != null) {
      return SpecificData.getForClass(type).getSchema(type);
    }
    Class<?> generated = model.getClass(writer);
    if (generated == null || !SpecificRecord.class.isAssignableFrom(generated)) {
      throw new AvroDeserializationException(
          topic,
          id,
          1,
          "no generated class "
              + writer.getFullName()
              + " on the classpath; set specific.avro.value.type (or .key.type)",
          null);
    }
    return model.getSchema(generated);
  }

  @SuppressWarnings("unchecked")
  private static <T> Class<T> loadType(String name) {
    try {
      return (Class<T>) Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(
          "specific Avro type " + name + " is not on the classpath", e);
    }
  }

  private static int position(BoundedBinaryDecoder decoder, int fallback) {
    try {
      return decoder.position();
    } catch (IOException | RuntimeException e) {
      return fallback;
    }
  }

  private static int remaining(BoundedBinaryDecoder decoder) {
    try {
      return decoder.remaining();
    } catch (IOException e) {
      return 0;
    }
  }
}
