package io.planwatch.registry.client;

/**
 * No schema registry answered: connection refused, timeout, or every URL failed after the retries.
 * The message names the URLs tried and what to check.
 */
public final class RegistryUnreachableException extends SchemaRegistryException {
  public RegistryUnreachableException(String message, Throwable cause) {
    super(0, 0, message, cause);
  }

  /**
   * Whether {@code error} or one of its causes is this exception: a record that failed for it is
   * not at fault (deserializers wrap it, Kafka wraps them) and is to be retried, not skipped.
   */
  public static boolean isCauseOf(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RegistryUnreachableException) {
        return true;
      }
    }
    return false;
  }
}
