package io.planwatch.streams.topology;

/**
 * A record that was read but breaks the contract (unknown code, impossible period, negative
 * revision, key that does not match the value). Thrown by the validating steps; the {@link
 * DlqProcessingHandler} sends the original record to the dead-letter topic and processing goes on.
 */
public final class InvalidRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param field the field that is wrong, e.g. {@code revision}
   * @param message what was wrong with it, with the offending value
   */
  public InvalidRecordException(final String field, final String message) {
    super(field + ": " + message);
  }
}
