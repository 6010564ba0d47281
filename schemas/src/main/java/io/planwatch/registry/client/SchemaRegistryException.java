package io.planwatch.registry.client;

/**
 * A failure reported by a schema registry (or in reaching one). Carries Confluent's error code
 * (e.g. 40401) and the HTTP status, so callers can react to the kind of failure; subclasses name
 * the common kinds.
 */
public class SchemaRegistryException extends RuntimeException {
  /** Confluent error code for an internal server error. */
  public static final int INTERNAL_ERROR = 50001;

  private final int errorCode;
  private final int httpStatus;

  public SchemaRegistryException(int httpStatus, int errorCode, String message) {
    this(httpStatus, errorCode, message, null);
  }

  public SchemaRegistryException(int httpStatus, int errorCode, String message, Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
    this.httpStatus = httpStatus;
  }

  /** Confluent's error code, e.g. 40401; the HTTP status when the registry gave none. */
  public int errorCode() {
    return errorCode;
  }

  /** HTTP status of the response, or 0 when no response arrived. */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * Whether this is a failure of the registry or of reaching it (no answer, 5xx, refused
   * credentials) rather than of the request itself: callers fail fast on these instead of treating
   * the record at hand as poison.
   */
  public boolean isInfrastructure() {
    return httpStatus == 0 || httpStatus >= 500 || httpStatus == 401 || httpStatus == 403;
  }

  /**
   * The typed exception for a registry error response.
   *
   * @param httpStatus HTTP status
   * @param errorCode Confluent error code from the body, or the HTTP status if absent
   * @param message message from the body
   */
  public static SchemaRegistryException of(int httpStatus, int errorCode, String message) {
    return switch (errorCode) {
      case SubjectNotFoundException.CODE -> new SubjectNotFoundException(message);
      case VersionNotFoundException.CODE -> new VersionNotFoundException(message);
      case SchemaNotFoundException.CODE -> new SchemaNotFoundException(message);
      case IncompatibleSchemaException.CODE -> new IncompatibleSchemaException(message);
      case InvalidSchemaException.CODE, 422 -> new InvalidSchemaException(message);
      case InvalidVersionException.CODE -> new InvalidVersionException(message);
      default -> new SchemaRegistryException(httpStatus, errorCode, message);
    };
  }
}
