package io.planwatch.streams.api;

import java.util.List;
import java.util.Map;
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
 * @param reason why the app is not ready, in words an operator acts on (e.g. the input topics it
 *     waits for); empty when ready
 * @param backlog the records the app still has to work through, once measured
 * @param stalled restores that made no progress for longer than the configured bound: never a
 *     silent wait
 */
public record HealthSnapshot(
    String state,
    boolean live,
    boolean ready,
    List<Restoration> restoring,
    Optional<String> error,
    Optional<String> reason,
    Optional<Backlog> backlog,
    List<StalledRestore> stalled) {

  public HealthSnapshot {
    restoring = List.copyOf(restoring);
    stalled = List.copyOf(stalled);
  }

  /** A snapshot with no not-ready reason, no backlog measured and no stalled restore. */
  public HealthSnapshot(
      final String state,
      final boolean live,
      final boolean ready,
      final List<Restoration> restoring,
      final Optional<String> error) {
    this(state, live, ready, restoring, error, Optional.empty(), Optional.empty(), List.of());
  }

  /** One store partition being restored. */
  public record Restoration(
      String store, String topic, int partition, long startOffset, long endOffset, long restored) {}

  /**
   * The records the app's consumer group is behind on its input and repartition topics.
   *
   * @param recordsBehind the consumer lag summed over the topics
   * @param byTopic the lag per topic
   * @param recordsPerSecond how fast the group has worked through records lately, if measured
   * @param secondsToCatchUp the estimate of when the backlog will be worked off at that rate; empty
   *     when there is no backlog or no rate yet
   * @param measuredAt when the lag was read, ISO-8601
   */
  public record Backlog(
      long recordsBehind,
      Map<String, Long> byTopic,
      Optional<Double> recordsPerSecond,
      Optional<Long> secondsToCatchUp,
      String measuredAt) {

    public Backlog {
      byTopic = Map.copyOf(byTopic);
    }

    /** Whether the app is working off a backlog. */
    public boolean behind() {
      return recordsBehind > 0;
    }
  }

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
