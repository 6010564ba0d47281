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
 * @param records the records, in send order
 * @param encoded records serialized beforehand, sent after {@code records}
 */
public record Batch(
    String id,
    String transactionalId,
    String description,
    List<Outgoing> records,
    EncodedRecords encoded) {
  public Batch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(transactionalId, "transactionalId");
    Objects.requireNonNull(description, "description");
    records = List.copyOf(records);
    Objects.requireNonNull(encoded, "encoded");
  }

  /** A batch of records to serialize as they are sent. */
  public Batch(String id, String transactionalId, String description, List<Outgoing> records) {
    this(id, transactionalId, description, records, EncodedRecords.none());
  }

  /**
   * The batch of one input file of a command: ledger key {@code command|digest}, transactional id
   * {@code command-<first 16 hex digits of digest>}.
   */
  public static Batch ofFile(
      String command, String digest, String fileName, List<Outgoing> records) {
    return ofFile(command, digest, fileName, records, EncodedRecords.none());
  }

  /** The batch of one input file whose records were serialized as the file was read. */
  public static Batch ofFile(
      String command, String digest, String fileName, EncodedRecords encoded) {
    return ofFile(command, digest, fileName, List.of(), encoded);
  }

  private static Batch ofFile(
      String command,
      String digest,
      String fileName,
      List<Outgoing> records,
      EncodedRecords encoded) {
    String shortDigest = digest.length() > 16 ? digest.substring(0, 16) : digest;
    return new Batch(
        command + "|" + digest, command + "-" + shortDigest, fileName, records, encoded);
  }

  /** The number of records. */
  public int size() {
    return records.size() + encoded.size();
  }
}
