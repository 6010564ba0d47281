package io.planwatch.registry.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record that cannot be written: its schema is not registered (and auto-registration is off), is
 * incompatible with the subject, or the record does not fit the schema. The message names the topic
 * and subject.
 */
public final class AvroSerializationException extends SerializationException {
  public AvroSerializationException(String message, Throwable cause) {
    super(message, cause);
  }
}
