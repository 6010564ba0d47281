package io.planwatch.streams.topology;

import static io.planwatch.avro.Measure.YTD_GROWTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.planwatch.avro.AlertTransition;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.StatisticalObservation;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One alert per target and year, one event per transition (docs/architecture.md, Alerts). */
class AlertLifecycleTest extends TopologyTestBase {
  static final String IVA = RevisionHandlingTest.IVA;
  static final String SHENYANG = RevisionHandlingTest.SHENYANG;

  @BeforeEach
  void catalogue() {
    shenyangIndustry();
  }

  @Test
  void shouldOpenEscalateDowngradeAndResolveBeyondTheHysteresisMargin() {
    growth(3, 11.0, 0); // −1.0 pp: BEHIND
    growth(4, 9.0, 0); // −3.0 pp: CRITICAL
    growth(5, 10.5, 0); // −1.5 pp: BEHIND
    growth(6, 11.6, 0); // −0.4 pp: ON_TRACK, but inside the hysteresis margin
    growth(7, 11.8, 0); // −0.2 pp: past −0.25 pp

    final List<PaceAlert> events = alertValues();
    assertOpenedEscalatedDowngradedResolvedInMarchAprilMayAndJuly(events);
    assertThat(events.get(3).getTextZh()).startsWith("【预警解除");
    assertThat(
            counter(
                "planwatch.alerts.emitted",
                "type",
                "PACE_LAG",
                "transition",
                "OPENED",
                "severity",
                events.get(0).getSeverity().name()))
        .isEqualTo(1.0);
  }

  @Test
  void shouldRaiseEachMonthsAlertsWhenTheTargetArrivesAfterItsFigures() {
    // A backlog loaded together with its catalogue: the figures come before their target.
    deleteTarget(RevisionHandlingTest.IVA_TARGET);
    growth(3, 11.0, 0);
    growth(4, 9.0, 0);
    growth(5, 10.5, 0);
    growth(6, 11.6, 0);
    growth(7, 11.8, 0);
    assertNoMore(alerts);

    target(AvroFixtures.catalogueTarget(RevisionHandlingTest.IVA_TARGET));

    // The same transitions, in the same months, as when the target was there first.
    assertOpenedEscalatedDowngradedResolvedInMarchAprilMayAndJuly(alertValues());
    assertThat(progress.readValuesToList())
        .extracting(p -> p.getLatestPeriod().getMonth())
        .containsExactly(7);
    // Months-old figures are no publication lag: only July's alert, raised live, is timed.
    assertThat(meters.get("planwatch.alert.publication.lag").timer().count()).isEqualTo(1);

    // The target again, changed where evaluation does not look (its note), reaches the evaluator
    // but raises none of its history again.
    target(
        PaceEvaluationTest.withNote(
            AvroFixtures.catalogueTarget(RevisionHandlingTest.IVA_TARGET), "corrected note"));
    assertNoMore(alerts);
    assertNoMore(progress);
  }

  @Test
  void shouldJudgeAChangedTargetAtItsLatestFigureOnlyAfterItsFiguresWereTracked() {
    // On track all year: the target has progress and no alert.
    for (int month = 3; month <= 7; month++) {
      growth(month, 12.5, 0);
    }
    assertNoMore(alerts);
    progress.readValuesToList();

    // A higher target, published after the figures: judged at July, not raised for March to June.
    target(
        PaceEvaluationTest.withValue(
            AvroFixtures.catalogueTarget(RevisionHandlingTest.IVA_TARGET), 15.0));

    assertThat(alertValues())
        .extracting(PaceAlert::getTransition, a -> a.getPeriod().getMonth())
        .containsExactly(tuple(AlertTransition.OPENED, 7));
  }

  @Test
  void shouldRetractAlertWhenRevisionClosesTheGap() {
    growth(6, 10.0, 0);
    growth(6, 12.1, 1);

    assertThat(alertValues())
        .extracting(PaceAlert::getTransition)
        .containsExactly(AlertTransition.OPENED, AlertTransition.RETRACTED);
  }

  @Test
  void shouldEmitNothingWhenTheWholeHistoryIsReplayed() {
    final List<StatisticalObservation> history = new ArrayList<>();
    history.add(growth(3, 11.0, 0));
    history.add(growth(4, 9.0, 0));
    history.add(growth(4, 9.5, 1));
    history.add(growth(5, 12.0, 0));
    assertThat(alertValues()).isNotEmpty();
    progress.readValuesToList();

    history.forEach(o -> observations.pipeInput(SeriesKeys.observation(o), o));

    assertNoMore(alerts);
    assertNoMore(progress);
  }

  @Test
  void shouldKeepEveryTransitionOfAnAlertInItsQueryableHistoryOldestFirst() {
    growth(3, 11.0, 0);
    growth(4, 9.0, 0);
    growth(5, 10.5, 0);
    growth(7, 11.8, 0);
    final List<PaceAlert> emitted = alertValues();
    final String key = PaceStores.targetYearKey(RevisionHandlingTest.IVA_TARGET, 2022);

    final AlertHistories.History history =
        AlertHistories.read(driver.getKeyValueStore(PaceStores.ALERT_HISTORY), key).orElseThrow();

    assertThat(history.events()).containsExactlyElementsOf(emitted);
    assertThat(history.events()).hasSize(4);
    assertThat(history.truncated()).isFalse();
    // A key that is a strict prefix of this one (another alert's) holds none of its events.
    assertThat(
            AlertHistories.read(
                driver.getKeyValueStore(PaceStores.ALERT_HISTORY),
                key.substring(0, key.length() - 1)))
        .isEmpty();
  }

  @Test
  void shouldDeleteTheOldestEventsBeyondTheBoundAndSaySo() {
    final TestInputTopic<String, PaceAlert> events = input(topics.paceAlerts());
    final List<PaceAlert> sent = new ArrayList<>();
    growth(3, 11.0, 0);
    final PaceAlert opened = alertValues().get(0);
    final String key = PaceStores.targetYearKey(RevisionHandlingTest.IVA_TARGET, 2022);
    final int extra = AlertHistories.MAX_EVENTS_PER_KEY + 2;
    for (int i = 0; i < extra; i++) {
      final PaceAlert event =
          PaceAlert.newBuilder(opened)
              .setTransition(i % 2 == 0 ? AlertTransition.ESCALATED : AlertTransition.DOWNGRADED)
              .setActual((double) i)
              .build();
      sent.add(event);
      events.pipeInput(key, event);
    }

    final AlertHistories.History history =
        AlertHistories.read(driver.getKeyValueStore(PaceStores.ALERT_HISTORY), key).orElseThrow();

    // The opening and the first two of the 66 events piped were deleted, oldest first.
    assertThat(history.events()).hasSize(AlertHistories.MAX_EVENTS_PER_KEY);
    assertThat(history.events()).containsExactlyElementsOf(sent.subList(2, extra));
    assertThat(history.truncated()).isTrue();
  }

  /** The lifecycle of the figures both first tests publish, one alert of the March figure. */
  private static void assertOpenedEscalatedDowngradedResolvedInMarchAprilMayAndJuly(
      final List<PaceAlert> events) {
    assertThat(events)
        .extracting(PaceAlert::getTransition)
        .containsExactly(
            AlertTransition.OPENED,
            AlertTransition.ESCALATED,
            AlertTransition.DOWNGRADED,
            AlertTransition.RESOLVED);
    assertThat(events).extracting(a -> a.getPeriod().getMonth()).containsExactly(3, 4, 5, 7);
    assertThat(events)
        .extracting(PaceAlert::getAlertId)
        .containsOnly(RevisionHandlingTest.IVA_TARGET + "|2022|2022-03");
  }

  private StatisticalObservation growth(final int month, final double value, final int revision) {
    return observe(IVA, SHENYANG, 2022, month, YTD_GROWTH, value, "r-2022-" + month, revision);
  }
}
