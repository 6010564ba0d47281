package io.planwatch.streams.runtime;

import io.planwatch.streams.api.HealthSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.processor.StateRestoreListener;

/**
 * Follows the streams state and store restoration to answer "alive?" and "ready?".
 *
 * <p>Ready means the start-up phase is over (see {@link StartupStep}) and the streams are RUNNING
 * with no store restoring: an instance still replaying a changelog would answer queries with stale
 * state. When not ready, the snapshot says why. Alive turns false only when the streams have failed
 * (ERROR, or shut down after a fatal error), so a long restore never gets the pod killed.
 *
 * <p>A restore that makes no progress for longer than the stall timeout is listed as stalled, with
 * its partition, offsets and the likely reason: a changelog whose last stable offset is held below
 * its end by an open transaction never lets the restore finish, and that must not look like a slow
 * restore.
 */
public final class StreamsHealth implements KafkaStreams.StateListener, StateRestoreListener {

  private static final Set<KafkaStreams.State> FAILED =
      EnumSet.of(KafkaStreams.State.PENDING_ERROR, KafkaStreams.State.ERROR);

  /** The default bound on a restore without progress. */
  public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofMinutes(2);

  private final Map<TopicPartition, HealthSnapshot.Restoration> restoring =
      new ConcurrentHashMap<>();
  private final Map<TopicPartition, Progress> progress = new ConcurrentHashMap<>();
  private final Duration stallTimeout;
  private final Clock clock;
  private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;
  private volatile Throwable fatalError;
  private volatile String startingUp;
  private volatile HealthSnapshot.Backlog backlog;

  public StreamsHealth() {
    this(DEFAULT_STALL_TIMEOUT);
  }

  public StreamsHealth(final Duration stallTimeout) {
    this(stallTimeout, Clock.systemUTC());
  }

  StreamsHealth(final Duration stallTimeout, final Clock clock) {
    this.stallTimeout = stallTimeout;
    this.clock = clock;
  }

  /** Where a restore stands and when it last moved. */
  private record Progress(long position, long sinceMs) {}

  @Override
  public void onChange(final KafkaStreams.State newState, final KafkaStreams.State oldState) {
    state = newState;
  }

  /** Records the failure that is stopping the streams; liveness fails from now on. */
  void fatalError(final Throwable error) {
    fatalError = error;
  }

  /**
   * The start-up phase before Kafka Streams starts is at work: not ready, for {@code reason} (e.g.
   * the input topics it waits for).
   */
  void startingUp(final String reason) {
    startingUp = reason;
  }

  /** The start-up phase is over; readiness follows the streams from now on. */
  void startedUp() {
    startingUp = null;
  }

  /** The latest measure of the records the app is behind. */
  void backlog(final HealthSnapshot.Backlog measured) {
    backlog = measured;
  }

  @Override
  public void onRestoreStart(
      final TopicPartition partition,
      final String storeName,
      final long startingOffset,
      final long endingOffset) {
    restoring.put(
        partition,
        new HealthSnapshot.Restoration(
            storeName, partition.topic(), partition.partition(), startingOffset, endingOffset, 0));
    progress.put(partition, new Progress(startingOffset, clock.millis()));
  }

  @Override
  public void onBatchRestored(
      final TopicPartition partition,
      final String storeName,
      final long batchEndOffset,
      final long numRestored) {
    restoring.computeIfPresent(
        partition,
        (p, r) ->
            new HealthSnapshot.Restoration(
                r.store(),
                r.topic(),
                r.partition(),
                r.startOffset(),
                r.endOffset(),
                r.restored() + numRestored));
    progress.put(partition, new Progress(batchEndOffset + 1, clock.millis()));
  }

  @Override
  public void onRestoreEnd(
      final TopicPartition partition, final String storeName, final long totalRestored) {
    restoring.remove(partition);
    progress.remove(partition);
  }

  /** The task moved to another instance mid-restore: nothing left to wait for here. */
  @Override
  public void onRestoreSuspended(
      final TopicPartition partition, final String storeName, final long totalRestored) {
    restoring.remove(partition);
    progress.remove(partition);
  }

  public KafkaStreams.State state() {
    return state;
  }

  public HealthSnapshot snapshot() {
    final KafkaStreams.State current = state;
    final Throwable error = fatalError;
    final boolean failed =
        FAILED.contains(current) || (error != null && !current.isRunningOrRebalancing());
    final var inProgress =
        restoring.values().stream()
            .sorted(
                Comparator.comparing(HealthSnapshot.Restoration::store)
                    .thenComparing(HealthSnapshot.Restoration::partition))
            .toList();
    final String waiting = startingUp;
    final List<HealthSnapshot.StalledRestore> stalled = stalled(inProgress);
    final Optional<String> reason;
    if (failed) {
      reason = Optional.of("Kafka Streams failed");
    } else if (waiting != null) {
      reason = Optional.of(waiting);
    } else if (current != KafkaStreams.State.RUNNING) {
      reason = Optional.of("Kafka Streams is " + current);
    } else if (!stalled.isEmpty()) {
      reason =
          Optional.of(
              "restoring "
                  + inProgress.size()
                  + " store partition(s), "
                  + stalled.size()
                  + " of them stalled (see 'stalled')");
    } else if (!inProgress.isEmpty()) {
      reason = Optional.of("restoring " + inProgress.size() + " store partition(s)");
    } else {
      reason = Optional.empty();
    }
    return new HealthSnapshot(
        current.name(),
        !failed,
        reason.isEmpty(),
        inProgress,
        Optional.ofNullable(error).map(StreamsHealth::describe),
        reason,
        Optional.ofNullable(backlog),
        stalled);
  }

  private List<HealthSnapshot.StalledRestore> stalled(
      final List<HealthSnapshot.Restoration> inProgress) {
    final long now = clock.millis();
    final List<HealthSnapshot.StalledRestore> stalled = new ArrayList<>();
    for (final HealthSnapshot.Restoration r : inProgress) {
      final Progress p = progress.get(new TopicPartition(r.topic(), r.partition()));
      if (p == null || now - p.sinceMs() <= stallTimeout.toMillis()) {
        continue;
      }
      final long seconds = (now - p.sinceMs()) / 1000;
      stalled.add(
          new HealthSnapshot.StalledRestore(
              r.store(),
              r.topic(),
              r.partition(),
              p.position(),
              r.endOffset(),
              seconds,
              String.format(
                  "no restore progress for %d s at offset %d of %d (limit %d s); the changelog's"
                      + " last stable offset is most likely held below its end by an open"
                      + " transaction: check it with kafka-transactions.sh find-hanging and abort"
                      + " it (docs/operations.md), or restart the app, which aborts hanging"
                      + " transactions before it starts",
                  seconds, p.position(), r.endOffset(), stallTimeout.toSeconds())));
    }
    return stalled;
  }

  /** The exception and, when it wraps another, the root cause: the part an operator acts on. */
  static String describe(final Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    final String top = error.getClass().getName() + ": " + error.getMessage();
    return root == error
        ? top
        : top + "; root cause " + root.getClass().getName() + ": " + root.getMessage();
  }
}
