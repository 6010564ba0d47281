package io.planwatch.registry.client;

/**
 * The schema is not compatible with the subject's earlier versions under its compatibility level
 * (HTTP 409).
 */
public final class IncompatibleSchemaException extends SchemaRegistryException {
  /** Confluent error code. */
  public static final int CODE = 409;

  public IncompatibleSchemaException(String message) {
    super(409, CODE, message);
  }
}
