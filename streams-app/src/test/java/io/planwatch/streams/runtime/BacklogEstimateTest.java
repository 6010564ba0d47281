package io.planwatch.streams.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.streams.api.HealthSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacklogEstimateTest {
  private static final Instant T0 = Instant.parse("2022-07-15T02:00:00Z");
  private static final String OBSERVATIONS = "planwatch.stats.observations";

  private final BacklogEstimate estimate = new BacklogEstimate(Duration.ofSeconds(60));

  @Test
  void shouldGiveNoRateAndNoEstimateFromOneReading() {
    final HealthSnapshot.Backlog backlog = estimate.add(T0, reading(1_000, 0));

    assertThat(backlog.recordsBehind()).isEqualTo(1_000);
    assertThat(backlog.behind()).isTrue();
    assertThat(backlog.recordsPerSecond()).isEmpty();
    assertThat(backlog.secondsToCatchUp()).isEmpty();
    assertThat(backlog.measuredAt()).isEqualTo("2022-07-15T02:00:00Z");
  }

  @Test
  void shouldEstimateFromTheRecordsWorkedThroughNotFromTheLagAlone() {
    estimate.add(T0, reading(1_000, 0));
    // 500 records worked through in 10 s while 300 new ones arrived: the lag fell by 200 only.
    final HealthSnapshot.Backlog backlog = estimate.add(T0.plusSeconds(10), reading(800, 500));

    assertThat(backlog.recordsPerSecond()).contains(50.0);
    assertThat(backlog.secondsToCatchUp()).contains(16L); // 800 / 50
    assertThat(backlog.byTopic()).containsExactly(Map.entry(OBSERVATIONS, 800L));
  }

  @Test
  void shouldRoundTheEstimateUp() {
    estimate.add(T0, reading(10, 0));
    assertThat(estimate.add(T0.plusSeconds(3), reading(10, 9)).secondsToCatchUp()).contains(4L);
  }

  @Test
  void shouldSayDoneWhenNothingIsBehind() {
    estimate.add(T0, reading(100, 0));
    final HealthSnapshot.Backlog backlog = estimate.add(T0.plusSeconds(2), reading(0, 100));

    assertThat(backlog.behind()).isFalse();
    assertThat(backlog.secondsToCatchUp()).contains(0L);
    assertThat(backlog.byTopic()).isEmpty();
  }

  @Test
  void shouldGiveNoEstimateWhileTheAppMakesNoProgress() {
    estimate.add(T0, reading(100, 40));
    final HealthSnapshot.Backlog stalled = estimate.add(T0.plusSeconds(5), reading(100, 40));

    assertThat(stalled.recordsPerSecond()).contains(0.0);
    assertThat(stalled.secondsToCatchUp()).isEmpty();
  }

  @Test
  void shouldMeasureTheRateOverTheLastWindowOnly() {
    estimate.add(T0, reading(10_000, 0));
    estimate.add(T0.plusSeconds(30), reading(9_000, 3_000)); // 100/s
    estimate.add(T0.plusSeconds(60), reading(8_000, 6_000)); // 100/s
    estimate.add(T0.plusSeconds(90), reading(7_990, 6_015)); // almost stalled
    final HealthSnapshot.Backlog slow = estimate.add(T0.plusSeconds(120), reading(7_980, 6_030));

    // The first 60 s no longer count: 30 records in the last 60 s.
    assertThat(slow.recordsPerSecond()).contains(0.5);
    assertThat(slow.secondsToCatchUp()).contains(15_960L);
  }

  @Test
  void shouldStartOverWhenTheCommittedOffsetsGoBack() {
    estimate.add(T0, reading(100, 5_000));
    final HealthSnapshot.Backlog afterReset = estimate.add(T0.plusSeconds(5), reading(5_100, 0));

    assertThat(afterReset.recordsPerSecond()).isEmpty();
    assertThat(afterReset.recordsBehind()).isEqualTo(5_100);
  }

  @Test
  void shouldRefuseAnEmptyWindow() {
    assertThatThrownBy(() -> new BacklogEstimate(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window");
  }

  private static GroupLag.Reading reading(final long behind, final long committed) {
    return new GroupLag.Reading(
        Map.of(OBSERVATIONS, behind, "planwatch.plan.targets", 0L), committed);
  }
}
