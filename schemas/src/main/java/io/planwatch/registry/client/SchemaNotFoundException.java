package io.planwatch.registry.client;

/** No schema with that id, or the schema is not registered under the subject (Confluent 40403). */
public final class SchemaNotFoundException extends SchemaRegistryException {
  /** Confluent error code. */
  public static final int CODE = 40403;

  public SchemaNotFoundException(String message) {
    super(404, CODE, message);
  }
}
