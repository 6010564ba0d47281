package io.planwatch.registry.client;

/** The subject has no such version (Confluent 40402). */
public final class VersionNotFoundException extends SchemaRegistryException {
  /** Confluent error code. */
  public static final int CODE = 40402;

  public VersionNotFoundException(String message) {
    super(404, CODE, message);
  }
}
