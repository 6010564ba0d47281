package io.planwatch.registry.store;

/**
 * The registry's data directory cannot be used: it is locked by another registry, a journal line is
 * corrupt (the message names the file and line), or the disk refused a read or write. Raised at
 * start, before the registry answers anything; the operator has to act.
 */
public final class RegistryStorageException extends RuntimeException {
  public RegistryStorageException(String message) {
    super(message);
  }

  public RegistryStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
