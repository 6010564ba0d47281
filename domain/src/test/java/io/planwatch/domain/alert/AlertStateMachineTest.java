package io.planwatch.domain.alert;

import static io.planwatch.domain.alert.AlertFixtures.industry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.domain.model.AlertSeverity;
import io.planwatch.domain.model.AlertTransition;
import io.planwatch.domain.model.PaceStatus;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.pace.Evaluation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertStateMachineTest {

  @Test
  void shouldOpenAnAlertWhenTheStatusFallsToCritical() {
    Optional<AlertEvent> event = AlertStateMachine.next(null, industry(6, 5.1), false);

    assertThat(event).isPresent();
    assertThat(event.get().transition()).isEqualTo(AlertTransition.OPENED);
    assertThat(event.get().state().phase()).isEqualTo(AlertPhase.OPEN);
    assertThat(event.get().state().status()).isEqualTo(PaceStatus.CRITICAL);
    assertThat(event.get().state().openedPeriod()).isEqualTo(new Period(2022, 6));
    assertThat(event.get().key()).isEqualTo("shenyang-industrial-va-2022|2022");
  }

  @Test
  void shouldEmitNothingWhileOnTrackWithoutAnAlert() {
    assertThat(AlertStateMachine.next(null, industry(6, 11.8), false)).isEmpty();
  }

  @Test
  void shouldEmitNothingWhenTheSameEvaluationIsReplayed() {
    Evaluation behind = industry(6, 10.8);
    AlertState opened = AlertStateMachine.next(null, behind, false).orElseThrow().state();

    assertThat(AlertStateMachine.next(opened, behind, false)).isEmpty();
    assertThat(AlertStateMachine.next(opened, industry(7, 10.6), false)).isEmpty();
  }

  @Test
  void shouldEscalateFromBehindToCriticalAndDowngradeBack() {
    AlertState opened =
        AlertStateMachine.next(null, industry(3, 10.8), false).orElseThrow().state();

    AlertEvent escalated = AlertStateMachine.next(opened, industry(4, 9.0), false).orElseThrow();
    AlertEvent downgraded =
        AlertStateMachine.next(escalated.state(), industry(5, 10.5), false).orElseThrow();

    assertThat(escalated.transition()).isEqualTo(AlertTransition.ESCALATED);
    assertThat(escalated.state().openedPeriod()).isEqualTo(new Period(2022, 3));
    assertThat(downgraded.transition()).isEqualTo(AlertTransition.DOWNGRADED);
    assertThat(downgraded.state().status()).isEqualTo(PaceStatus.BEHIND);
  }

  @Test
  void shouldKeepTheAlertOpenWhileOnTrackInsideTheHysteresisMargin() {
    AlertState opened =
        AlertStateMachine.next(null, industry(3, 10.8), false).orElseThrow().state();

    // 11.6 is ON_TRACK (Δ −0.4 ≥ −0.5) but not past −0.25: still open
    assertThat(industry(4, 11.6).status()).isEqualTo(PaceStatus.ON_TRACK);
    assertThat(AlertStateMachine.next(opened, industry(4, 11.6), false)).isEmpty();
  }

  @Test
  void shouldResolveOncePastTheHysteresisMargin() {
    AlertState opened =
        AlertStateMachine.next(null, industry(3, 10.8), false).orElseThrow().state();

    AlertEvent resolved = AlertStateMachine.next(opened, industry(4, 11.75), false).orElseThrow();

    assertThat(resolved.transition()).isEqualTo(AlertTransition.RESOLVED);
    assertThat(resolved.state().phase()).isEqualTo(AlertPhase.RESOLVED);
    assertThat(AlertStateMachine.next(resolved.state(), industry(4, 11.75), false)).isEmpty();
  }

  @Test
  void shouldRetractAlertWhenRevisionClosesTheGap() {
    AlertState opened = AlertStateMachine.next(null, industry(6, 5.1), false).orElseThrow().state();

    // the bureau revises 1-6月 to 11.6 %: ON_TRACK, even inside the hysteresis margin
    AlertEvent retracted = AlertStateMachine.next(opened, industry(6, 11.6), true).orElseThrow();

    assertThat(retracted.transition()).isEqualTo(AlertTransition.RETRACTED);
    assertThat(retracted.state().phase()).isEqualTo(AlertPhase.RETRACTED);
  }

  @Test
  void shouldNotRetractWhenTheRevisionIsOfAnotherPeriodThanTheOpeningOne() {
    AlertState opened =
        AlertStateMachine.next(null, industry(5, 10.8), false).orElseThrow().state();

    Optional<AlertEvent> event = AlertStateMachine.next(opened, industry(6, 11.9), true);

    assertThat(event.orElseThrow().transition()).isEqualTo(AlertTransition.RESOLVED);
  }

  @Test
  void shouldIgnoreAnEvaluationOlderThanTheLastEvent() {
    AlertState escalated =
        AlertStateMachine.next(
                AlertStateMachine.next(null, industry(5, 10.8), false).orElseThrow().state(),
                industry(6, 5.1),
                false)
            .orElseThrow()
            .state();

    assertThat(AlertStateMachine.next(escalated, industry(5, 12.5), true)).isEmpty();
  }

  @Test
  void shouldReopenAResolvedAlertOfTheSameYear() {
    AlertState opened =
        AlertStateMachine.next(null, industry(3, 10.8), false).orElseThrow().state();
    AlertState resolved =
        AlertStateMachine.next(opened, industry(4, 12.0), false).orElseThrow().state();

    AlertEvent reopened = AlertStateMachine.next(resolved, industry(5, 10.0), false).orElseThrow();

    assertThat(reopened.transition()).isEqualTo(AlertTransition.OPENED);
    assertThat(reopened.state().openedPeriod()).isEqualTo(new Period(2022, 5));
  }

  @Test
  void shouldEmitNothingForANotEvaluableEvaluation() {
    AlertState opened =
        AlertStateMachine.next(null, industry(3, 10.8), false).orElseThrow().state();
    Evaluation notEvaluable =
        AlertFixtures.evaluate(
            AlertFixtures.INDUSTRY_2022,
            AlertFixtures.INDUSTRY,
            AlertFixtures.SHENYANG,
            4,
            io.planwatch.domain.model.Measure.RATE,
            3);

    assertThat(notEvaluable.status()).isEqualTo(PaceStatus.NOT_EVALUABLE);
    assertThat(AlertStateMachine.next(opened, notEvaluable, false)).isEmpty();
  }

  @Test
  void shouldRefuseTheStateOfAnotherTarget() {
    AlertState other =
        new AlertState(
            "other",
            2022,
            AlertPhase.OPEN,
            PaceStatus.BEHIND,
            AlertSeverity.LOW,
            new Period(2022, 3),
            new Period(2022, 3));

    assertThatThrownBy(() -> AlertStateMachine.next(other, industry(6, 5.1), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other|2022");
  }
}
