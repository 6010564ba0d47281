package io.planwatch.streams.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.streams.api.HealthSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

class StreamsHealthTest {

  private static final TopicPartition CHANGELOG =
      new TopicPartition("planwatch-pace-progress-store-changelog", 3);

  private final StreamsHealth health = new StreamsHealth();

  @Test
  void shouldBeLiveButNotReadyBeforeRunning() {
    health.onChange(State.REBALANCING, State.CREATED);

    final HealthSnapshot snapshot = health.snapshot();

    assertThat(snapshot.state()).isEqualTo("REBALANCING");
    assertThat(snapshot.live()).isTrue();
    assertThat(snapshot.ready()).isFalse();
  }

  @Test
  void shouldBeReadyWhenRunningWithNothingToRestore() {
    health.onChange(State.REBALANCING, State.CREATED);
    health.onChange(State.RUNNING, State.REBALANCING);

    assertThat(health.snapshot().ready()).isTrue();
  }

  @Test
  void shouldNotBeReadyWhileAStoreIsRestoringEvenWhenRunning() {
    health.onChange(State.RUNNING, State.REBALANCING);
    health.onRestoreStart(CHANGELOG, "progress-store", 0, 1_000);
    health.onBatchRestored(CHANGELOG, "progress-store", 400, 400);

    final HealthSnapshot restoring = health.snapshot();
    assertThat(restoring.ready()).isFalse();
    assertThat(restoring.live()).isTrue();
    assertThat(restoring.restoring())
        .containsExactly(
            new HealthSnapshot.Restoration("progress-store", CHANGELOG.topic(), 3, 0, 1_000, 400));

    health.onRestoreEnd(CHANGELOG, "progress-store", 1_000);
    assertThat(health.snapshot().ready()).isTrue();
  }

  @Test
  void shouldReportARestoreWithoutProgressForLongerThanTheBoundAsStalled() {
    final MutableClock clock = new MutableClock();
    final StreamsHealth bounded = new StreamsHealth(Duration.ofSeconds(60), clock);
    bounded.onChange(State.REBALANCING, State.CREATED);
    bounded.onRestoreStart(CHANGELOG, "progress-store", 0, 2_496);
    clock.advance(Duration.ofSeconds(50));
    bounded.onBatchRestored(CHANGELOG, "progress-store", 1_849, 1_850);

    clock.advance(Duration.ofSeconds(60));
    assertThat(bounded.snapshot().stalled()).as("at the bound, not past it").isEmpty();

    clock.advance(Duration.ofSeconds(1));
    final HealthSnapshot stalled = bounded.snapshot();
    assertThat(stalled.ready()).isFalse();
    assertThat(stalled.live()).as("a stall is no reason to kill the process").isTrue();
    assertThat(stalled.stalled())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.store()).isEqualTo("progress-store");
              assertThat(s.topic()).isEqualTo(CHANGELOG.topic());
              assertThat(s.partition()).isEqualTo(3);
              assertThat(s.position()).isEqualTo(1_850);
              assertThat(s.endOffset()).isEqualTo(2_496);
              assertThat(s.stalledSeconds()).isEqualTo(61);
              assertThat(s.reason())
                  .contains("at offset 1850 of 2496")
                  .contains("open transaction")
                  .contains("find-hanging");
            });

    bounded.onBatchRestored(CHANGELOG, "progress-store", 1_900, 50);
    assertThat(bounded.snapshot().stalled()).as("progress clears the stall").isEmpty();
    clock.advance(Duration.ofSeconds(61));
    bounded.onRestoreEnd(CHANGELOG, "progress-store", 2_496);
    assertThat(bounded.snapshot().stalled()).as("a finished restore never stalls").isEmpty();
  }

  /** A clock the test moves. */
  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2022-07-15T08:00:00Z");

    void advance(final Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(final ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void shouldStopWaitingForARestoreSuspendedByRebalance() {
    health.onChange(State.RUNNING, State.REBALANCING);
    health.onRestoreStart(CHANGELOG, "progress-store", 0, 1_000);

    health.onRestoreSuspended(CHANGELOG, "progress-store", 10);

    assertThat(health.snapshot().ready()).isTrue();
  }

  @Test
  void shouldFailLivenessWhenStreamsReachError() {
    health.onChange(State.PENDING_ERROR, State.RUNNING);
    assertThat(health.snapshot().live()).isFalse();

    health.onChange(State.ERROR, State.PENDING_ERROR);
    final HealthSnapshot snapshot = health.snapshot();
    assertThat(snapshot.live()).isFalse();
    assertThat(snapshot.ready()).isFalse();
  }

  @Test
  void shouldFailLivenessWhenShutDownAfterAFatalError() {
    health.onChange(State.RUNNING, State.REBALANCING);
    health.fatalError(new IllegalStateException("store corrupted"));
    assertThat(health.snapshot().live()).isTrue();

    health.onChange(State.PENDING_SHUTDOWN, State.RUNNING);
    health.onChange(State.NOT_RUNNING, State.PENDING_SHUTDOWN);

    final HealthSnapshot snapshot = health.snapshot();
    assertThat(snapshot.live()).isFalse();
    assertThat(snapshot.error()).contains("java.lang.IllegalStateException: store corrupted");
  }

  @Test
  void shouldNameTheRootCauseOfAWrappedFailure() {
    health.fatalError(
        new IllegalStateException("task failed", new ArithmeticException("division by zero")));

    assertThat(health.snapshot().error())
        .contains(
            "java.lang.IllegalStateException: task failed; root cause"
                + " java.lang.ArithmeticException: division by zero");
  }

  @Test
  void shouldStayLiveAfterAnOrderlyShutdown() {
    health.onChange(State.PENDING_SHUTDOWN, State.RUNNING);
    health.onChange(State.NOT_RUNNING, State.PENDING_SHUTDOWN);

    assertThat(health.snapshot().live()).isTrue();
    assertThat(health.snapshot().ready()).isFalse();
  }

  @Test
  void shouldSayWhyItIsNotReadyDuringStartUpAndBeReadyOnlyAfterIt() {
    health.startingUp("waiting for input topics: planwatch.reference.regions (missing)");

    final HealthSnapshot waiting = health.snapshot();
    assertThat(waiting.live()).isTrue();
    assertThat(waiting.ready()).isFalse();
    assertThat(waiting.reason())
        .contains("waiting for input topics: planwatch.reference.regions (missing)");

    health.startedUp();
    assertThat(health.snapshot().reason()).contains("Kafka Streams is CREATED");
    health.onChange(State.RUNNING, State.REBALANCING);
    assertThat(health.snapshot().ready()).isTrue();
    assertThat(health.snapshot().reason()).isEmpty();
  }

  @Test
  void shouldNotBeLiveAfterAStartUpStepFailed() {
    health.startingUp("create the app's topics");
    health.fatalError(new IllegalStateException("refused"));

    final HealthSnapshot snapshot = health.snapshot();
    assertThat(snapshot.live()).isFalse();
    assertThat(snapshot.reason()).contains("Kafka Streams failed");
    assertThat(snapshot.error()).hasValueSatisfying(e -> assertThat(e).contains("refused"));
  }

  @Test
  void shouldCarryTheLatestBacklog() {
    final HealthSnapshot.Backlog backlog =
        new HealthSnapshot.Backlog(
            12,
            java.util.Map.of("t", 12L),
            java.util.Optional.of(4.0),
            java.util.Optional.of(3L),
            "now");
    health.backlog(backlog);

    assertThat(health.snapshot().backlog()).contains(backlog);
  }
}
