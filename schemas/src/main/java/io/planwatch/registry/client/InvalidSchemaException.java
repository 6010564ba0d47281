package io.planwatch.registry.client;

/** The schema text is not a valid Avro schema (Confluent 42201). */
public final class InvalidSchemaException extends SchemaRegistryException {
  /** Confluent error code. */
  public static final int CODE = 42201;

  public InvalidSchemaException(String message) {
    super(422, CODE, message);
  }
}
