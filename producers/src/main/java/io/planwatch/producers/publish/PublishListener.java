package io.planwatch.producers.publish;

/**
 * Told how far a batch has come, on the publishing thread, after each record is handed to the
 * producer. Throwing aborts the batch's transaction: nothing of it becomes visible.
 */
@FunctionalInterface
public interface PublishListener {
  /** Does nothing. */
  PublishListener NONE = (sent, total) -> {};

  /**
   * @param handed records handed to the producer so far
   * @param total records in the batch: exact for a batch sent whole, an estimate for a file still
   *     being read (it may be passed), 0 when unknown
   */
  void onProgress(long handed, long total);
}
