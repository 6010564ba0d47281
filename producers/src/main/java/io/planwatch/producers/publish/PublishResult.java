package io.planwatch.producers.publish;

import java.time.Duration;
import java.util.Optional;

/**
 * What publishing one batch did.
 *
 * @param batchId the batch
 * @param outcome committed, aborted, or skipped as already published
 * @param records records in the batch
 * @param acknowledged records the broker acknowledged (visible only if committed)
 * @param failed records whose serialization or send failed
 * @param bytes serialized key and value bytes acknowledged
 * @param elapsed time from the first send to the commit or abort
 * @param error the first failure, for people, or null
 */
public record PublishResult(
    String batchId,
    Outcome outcome,
    int records,
    long acknowledged,
    long failed,
    long bytes,
    Duration elapsed,
    String error) {

  /** How a batch ended. */
  public enum Outcome {
    /** Every record is visible to {@code read_committed} consumers. */
    COMMITTED,
    /** Nothing of the batch is visible. */
    ABORTED,
    /** The ledger says this batch was committed before; nothing was sent. */
    ALREADY_PUBLISHED
  }

  /** The records made visible: all on commit, none otherwise. */
  public long published() {
    return outcome == Outcome.COMMITTED ? records : 0;
  }

  public boolean committed() {
    return outcome == Outcome.COMMITTED;
  }

  public Optional<String> errorMessage() {
    return Optional.ofNullable(error);
  }

  /** The result of a batch the ledger says was committed before: nothing sent. */
  public static PublishResult alreadyPublished(Batch batch) {
    return new PublishResult(
        batch.id(), Outcome.ALREADY_PUBLISHED, batch.size(), 0, 0, 0, Duration.ZERO, null);
  }
}
