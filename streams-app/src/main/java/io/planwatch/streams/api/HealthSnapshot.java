package io.planwatch.streams.api;

import java.util.List;
import java.util.Optional;

/**
 * The app's health at one moment, as the health endpoints show it.
 *
 * @param state the Kafka Streams state name ({@code CREATED}, {@code REBALANCING}, {@code RUNNING},
 *     {@code ERROR}…)
 * @param live false once the streams failed: the orchestrator should restart the process
 * @param ready true only when RUNNING with no store still restoring: safe to route queries here
 * @param restoring stores still being restored from their changelogs
 * @param error the failure that stopped the streams, if any
 * @param stalled restores that made no progress for longer than the configured bound: never a
 *     silent wait
 */
public record HealthSnapshot(
    String state,
    boolean live,
    boolean ready,
    List<Restoration> restoring,
    Optional<String> error,
    List<StalledRestore> stalled) {

  public HealthSnapshot {
    restoring = List.copyOf(restoring);
    stalled = List.copyOf(stalled);
  }

  /** A snapshot without stalled restores. */
  public HealthSnapshot(
      String state,
      boolean live,
      boolean ready,
      List<Restoration> restoring,
      Optional<String> error) {
    this(state, live, ready, restoring, error, List.of());
  }

  /** One store partition being restored. */
  public record Restoration(
      String store, String topic, int partition, long startOffset, long endOffset, long restored) {}

  /**
   * A store partition whose restore has not moved for {@code stalledSeconds}.
   *
   * @param position the offset the restore reached (its start offset before the first batch)
   * @param endOffset the changelog offset the restore is heading for
   * @param reason what most likely holds it and what to do, for an operator
   */
  public record StalledRestore(
      String store,
      String topic,
      int partition,
      long position,
      long endOffset,
      long stalledSeconds,
      String reason) {}
}
