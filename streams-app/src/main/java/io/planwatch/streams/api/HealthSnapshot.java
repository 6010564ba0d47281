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
 */
public record HealthSnapshot(
    String state,
    boolean live,
    boolean ready,
    List<Restoration> restoring,
    Optional<String> error) {

  public HealthSnapshot {
    restoring = List.copyOf(restoring);
  }

  /** One store partition being restored. */
  public record Restoration(
      String store, String topic, int partition, long startOffset, long endOffset, long restored) {}
}
