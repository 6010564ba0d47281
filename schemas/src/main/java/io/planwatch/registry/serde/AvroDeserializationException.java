package io.planwatch.registry.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * Bytes that are not a readable Confluent-framed Avro record: empty, wrong magic byte, truncated,
 * an unknown schema id, a malformed body or trailing garbage. A poison-record error: route the
 * record to the dead-letter topic. The message names the topic, the byte offset and the schema id.
 */
public final class AvroDeserializationException extends SerializationException {
  private final String topic;
  private final Integer schemaId;
  private final int offset;

  public AvroDeserializationException(
      String topic, Integer schemaId, int offset, String what, Throwable cause) {
    super(
        "cannot deserialize Avro "
            + "from topic '"
            + topic
            + "' at byte offset "
            + offset
            + (schemaId == null ? "" : " (schema id " + schemaId + ")")
            + ": "
            + what,
        cause);
    this.topic = topic;
    this.schemaId = schemaId;
    this.offset = offset;
  }

  /** The topic the bytes came from. */
  public String topic() {
    return topic;
  }

  /** The schema id from the header, or null when the header itself was unreadable. */
  public Integer schemaId() {
    return schemaId;
  }

  /** Byte offset in the value where the problem was found. */
  public int offset() {
    return offset;
  }
}
