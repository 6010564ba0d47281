package io.planwatch.registry.client;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * A schema as registered under a subject.
 *
 * @param subject the subject, e.g. {@code planwatch.stats.observations-value}
 * @param id the global schema id (the one in the wire format)
 * @param version the version within the subject, from 1
 * @param schema the parsed schema
 */
public record RegisteredSchema(String subject, int id, int version, Schema schema) {
  public RegisteredSchema {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(schema, "schema");
  }
}
