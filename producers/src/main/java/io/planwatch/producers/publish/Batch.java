package io.planwatch.producers.publish;

import java.util.List;
import java.util.Objects;

/**
 * Records published in one Kafka transaction: all of them become visible to {@code read_committed}
 * consumers, or none.
 *
 * @param id the batch's identity, the key of its entry in the publish ledger: the same id is the
 *     same content (e.g. {@code releases|<sha-256 of the file and options>})
 * @param transactionalId the producer's {@code transactional.id} suffix; a new producer with the
 *     same id fences an older one (a crashed run of the same file) and aborts its open transaction
 * @param description what people call it (the file name), written into the ledger
 * @param records the records, in send order; a file's records instead follow through {@link
 *     OpenBatch#send} as the file is read
 */
public record Batch(String id, String transactionalId, String description, List<Outgoing> records) {
  public Batch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(transactionalId, "transactionalId");
    Objects.requireNonNull(description, "description");
    records = List.copyOf(records);
  }

  /**
   * The batch of one input file of a command: ledger key {@code command|digest}, transactional id
   * {@code command-<first 16 hex digits of digest>}.
   */
  public static Batch ofFile(
      String command, String digest, String fileName, List<Outgoing> records) {
    String shortDigest = digest.length() > 16 ? digest.substring(0, 16) : digest;
    return new Batch(command + "|" + digest, command + "-" + shortDigest, fileName, records);
  }

  /** The number of records. */
  public int size() {
    return records.size();
  }
}
