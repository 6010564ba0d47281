package io.planwatch.registry.serde;

import io.planwatch.registry.client.RegisteredSchema;
import io.planwatch.registry.client.RegistryUnreachableException;
import io.planwatch.registry.client.SchemaRegistryClient;
import io.planwatch.registry.client.SchemaRegistryClients;
import io.planwatch.registry.client.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes generated Avro records in the Confluent wire format (0x00, 4-byte big-endian schema id,
 * Avro binary), registering or looking up the schema under the subject the strategy names. A null
 * record is written as null (a tombstone). Encoders and datum writers are reused; after the first
 * record of a schema no registry call is made. Registry outages propagate as {@link
 * RegistryUnreachableException} (an infrastructure failure); every other failure is an {@link
 * AvroSerializationException} naming the topic and subject.
 */
public final class SpecificAvroSerializer<T extends SpecificRecord> implements Serializer<T> {
  private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

  private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();
  private final Map<Schema, DatumWriter<Object>> genericWriters = new ConcurrentHashMap<>();
  private final Map<String, Target> latestBySubject = new ConcurrentHashMap<>();
  // The topic and schema of the previous record and what they resolved to: a producer writes long
  // runs of one record type to one topic, and the subject, id and projection never change for them.
  private volatile Resolved last;
  private SchemaRegistryClient client;
  private AvroSerdeConfig config = AvroSerdeConfig.defaults();
  private boolean isKey;

  /** For Kafka's reflective construction; {@link #configure} then builds the client. */
  public SpecificAvroSerializer() {}

  /** With a given client (tests, shared clients); {@link #configure} is optional. */
  public SpecificAvroSerializer(SchemaRegistryClient client) {
    this.client = client;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.config = AvroSerdeConfig.from(configs);
    this.isKey = isKey;
    this.last = null;
    if (client == null) {
      client = SchemaRegistryClients.create(configs);
    }
  }

  @Override
  public byte[] serialize(String topic, T record) {
    if (record == null) {
      return null;
    }
    if (client == null) {
      throw new IllegalStateException("serializer not configured: set schema.registry.url");
    }
    Schema schema = record.getSchema();
    Resolved resolved = last;
    if (resolved == null || resolved.schema() != schema || !resolved.topic().equals(topic)) {
      String subject = config.strategy(isKey).subject(topic, isKey, schema);
      Target target = target(topic, subject, schema);
      boolean projected = !target.schema().equals(schema);
      resolved =
          new Resolved(
              topic, schema, subject, target, projected, writer(target.schema(), projected));
      last = resolved;
    }
    String subject = resolved.subject();
    Target target = resolved.target();
    boolean projected = resolved.projected();
    Object datum =
        projected
            ? LatestSchemaProjection.project(record, target.schema(), topic, subject)
            : record;
    Buffer buffer = BUFFERS.get();
    try {
      buffer.out.reset();
      WireFormat.writeHeader(buffer.header, target.id());
      buffer.out.write(buffer.header);
      buffer.encoder = EncoderFactory.get().binaryEncoder(buffer.out, buffer.encoder);
      resolved.writer().write(datum, buffer.encoder);
      buffer.encoder.flush();
      return buffer.out.toByteArray();
    } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
      throw new AvroSerializationException(
          "cannot write "
              + schema.getFullName()
              + " to topic '"
              + topic
              + "' (subject '"
              + subject
              + "', schema id "
              + target.id()
              + "): "
              + e,
          e);
    }
  }

  private Target target(String topic, String subject, Schema schema) {
    try {
      if (config.autoRegisterSchemas()) {
        return new Target(client.register(subject, schema), schema);
      }
      if (config.useLatestVersion()) {
        return latestBySubject.computeIfAbsent(
            subject,
            s -> {
              RegisteredSchema latest = client.latest(s);
              return new Target(latest.id(), latest.schema());
            });
      }
      return new Target(client.lookup(subject, schema).id(), schema);
    } catch (SchemaRegistryException e) {
      if (e.isInfrastructure()) {
        throw e;
      }
      throw new AvroSerializationException(
          "cannot get a schema id for "
              + schema.getFullName()
              + " on topic '"
              + topic
              + "' under subject '"
              + subject
              + "' (auto.register.schemas="
              + config.autoRegisterSchemas()
              + ", use.latest.version="
              + config.useLatestVersion()
              + "): "
              + e.getMessage(),
          e);
    }
  }

  private DatumWriter<Object> writer(Schema schema, boolean generic) {
    return generic
        ? genericWriters.computeIfAbsent(schema, GenericDatumWriter::new)
        : writers.computeIfAbsent(schema, SpecificDatumWriter::new);
  }

  private record Target(int id, Schema schema) {}

  /** What a topic and a record schema resolve to: subject, schema written and its id, writer. */
  private record Resolved(
      String topic,
      Schema schema,
      String subject,
      Target target,
      boolean projected,
      DatumWriter<Object> writer) {}

  /** Per-thread output buffer, header and encoder, reused record after record. */
  private static final class Buffer {
    final ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    final byte[] header = new byte[WireFormat.HEADER_SIZE];
    BinaryEncoder encoder;
  }
}
