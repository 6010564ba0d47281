package io.planwatch.registry.client;

/**
 * No schema registry answered: connection refused, timeout, or every URL failed after the retries.
 * The message names the URLs tried and what to check.
 */
public final class RegistryUnreachableException extends SchemaRegistryException {
  public RegistryUnreachableException(String message, Throwable cause) {
    super(0, 0, message, cause);
  }
}
