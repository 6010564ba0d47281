package io.planwatch.topics;

import java.util.List;

/**
 * What {@link TopicProvisioner#provision} did: topics it created, topics that already existed, and
 * existing topics whose configuration differs from the catalogue.
 */
public record ProvisioningReport(
    List<String> created, List<String> existing, List<TopicMismatch> mismatches) {

  public ProvisioningReport {
    created = List.copyOf(created);
    existing = List.copyOf(existing);
    mismatches = List.copyOf(mismatches);
  }

  /** Whether every existing topic matches the catalogue. */
  public boolean consistent() {
    return mismatches.isEmpty();
  }

  /**
   * Returns this report if consistent, else throws {@link IllegalStateException} listing every
   * mismatch: a compacted topic that deletes (or the reverse) loses data or never forgets.
   */
  public ProvisioningReport requireConsistent() {
    if (!consistent()) {
      throw new IllegalStateException("Existing topics differ from the catalogue: " + mismatches);
    }
    return this;
  }
}
