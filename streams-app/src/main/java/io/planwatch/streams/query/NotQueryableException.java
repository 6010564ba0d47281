package io.planwatch.streams.query;

/**
 * A query cannot be answered now but can be soon: the streams are starting, rebalancing or
 * restoring, a topic mirror is still catching up, or another instance is unreachable. The API
 * answers 503 with a {@code Retry-After}.
 */
final class NotQueryableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  NotQueryableException(final String message) {
    super(message);
  }

  NotQueryableException(final String message, final Throwable cause) {
    super(message, cause);
  }
}
