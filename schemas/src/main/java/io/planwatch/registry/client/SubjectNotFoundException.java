package io.planwatch.registry.client;

/** No subject of that name is registered (Confluent 40401). */
public final class SubjectNotFoundException extends SchemaRegistryException {
  /** Confluent error code. */
  public static final int CODE = 40401;

  public SubjectNotFoundException(String message) {
    super(404, CODE, message);
  }
}
