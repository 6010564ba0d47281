package io.planwatch.registry.client;

/** A version that is neither a positive integer nor {@code latest} (Confluent 42202). */
public final class InvalidVersionException extends SchemaRegistryException {
  /** Confluent error code. */
  public static final int CODE = 42202;

  public InvalidVersionException(String message) {
    super(422, CODE, message);
  }
}
