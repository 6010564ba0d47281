package io.planwatch.streams.runtime;

/**
 * Told once when the streams have failed for good (state ERROR). Only {@code main} turns this into
 * a process exit; everything else just reports it.
 */
@FunctionalInterface
public interface FatalErrorListener {

  /**
   * @param cause the uncaught exception that stopped the streams, or a description if the streams
   *     reached ERROR without one
   */
  void onFatalError(Throwable cause);
}
