package io.planwatch.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.model.AlertTransition;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.PaceStatus;
import io.planwatch.domain.pace.Evaluation;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class AlertStateMachinePropertiesTest {

  /** One release: months forward (0 = the same month again), a position parameter, a revision. */
  record Step(int monthsForward, double position, boolean revision) {}

  /** A target and how a position parameter becomes its figure. */
  enum Scenario {
    /** Shenyang industry +12 %: position = YTD growth − 12 pp. */
    GROWTH {
      @Override
      Evaluation at(int month, double position) {
        return AlertFixtures.industry(month, 12 + position);
      }
    },
    /** Hunnan GDP on the linear share: position = ρ − 1. */
    LEVEL {
      @Override
      Evaluation at(int month, double position) {
        double milestone = 579.1 * Math.pow(1000 / 579.1, 0.4);
        double expected = milestone * month / 12.0;
        return AlertFixtures.evaluate(
            AlertFixtures.HUNNAN_GDP_2025,
            AlertFixtures.GDP,
            AlertFixtures.HUNNAN,
            month,
            Measure.YTD_LEVEL,
            expected * (1 + position));
      }
    };

    abstract Evaluation at(int month, double position);
  }

  @Property(tries = 300)
  void neverEmitsTwoEventsForTheSameEvaluation(
      @ForAll Scenario scenario, @ForAll("steps") List<Step> steps) {
    AlertState state = null;
    int month = 1;
    for (Step step : steps) {
      month = Math.min(12, month + step.monthsForward());
      Evaluation e = scenario.at(month, scaled(scenario, step.position()));
      Optional<AlertEvent> event = AlertStateMachine.next(state, e, step.revision());
      if (event.isPresent()) {
        state = event.get().state();
        assertThat(AlertStateMachine.next(state, e, step.revision())).isEmpty();
        assertThat(AlertStateMachine.next(state, e, false)).isEmpty();
      }
    }
  }

  @Property(tries = 300)
  void transitionsFollowTheLifecycle(@ForAll Scenario scenario, @ForAll("steps") List<Step> steps) {
    AlertState state = null;
    int month = 1;
    for (Step step : steps) {
      month = Math.min(12, month + step.monthsForward());
      Evaluation e = scenario.at(month, scaled(scenario, step.position()));
      Optional<AlertEvent> event = AlertStateMachine.next(state, e, step.revision());
      if (event.isEmpty()) {
        continue;
      }
      AlertTransition t = event.get().transition();
      boolean wasOpen = state != null && state.isOpen();
      assertThat(t == AlertTransition.OPENED).isEqualTo(!wasOpen);
      if (t == AlertTransition.ESCALATED) {
        assertThat(state.status()).isEqualTo(PaceStatus.BEHIND);
        assertThat(e.status()).isEqualTo(PaceStatus.CRITICAL);
      }
      if (t == AlertTransition.DOWNGRADED) {
        assertThat(state.status()).isEqualTo(PaceStatus.CRITICAL);
        assertThat(e.status()).isEqualTo(PaceStatus.BEHIND);
      }
      if (t == AlertTransition.RETRACTED) {
        assertThat(step.revision()).isTrue();
        assertThat(e.period()).isEqualTo(state.openedPeriod());
      }
      assertThat(event.get().text().zh()).isNotBlank();
      assertThat(event.get().text().en()).isNotBlank();
      state = event.get().state();
    }
  }

  @Property(tries = 300)
  void noAlertStaysOpenOnceTheFigureIsBackOnPaceBeyondTheHysteresis(
      @ForAll Scenario scenario,
      @ForAll("steps") List<Step> steps,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double finalPosition,
      @ForAll boolean finalRevision) {
    AlertState state = null;
    int month = 1;
    for (Step step : steps) {
      month = Math.min(11, month + step.monthsForward());
      Optional<AlertEvent> event =
          AlertStateMachine.next(
              state, scenario.at(month, scaled(scenario, step.position())), step.revision());
      if (event.isPresent()) {
        state = event.get().state();
      }
    }
    // back on pace beyond the hysteresis margin: Δ ≥ −0.25 pp, ρ ≥ 0.99 (a hair above, for ρ)
    double position =
        scenario == Scenario.GROWTH ? -0.25 + 4 * finalPosition : -0.009 + 0.1 * finalPosition;
    Evaluation back = scenario.at(12, position);
    Optional<AlertEvent> event = AlertStateMachine.next(state, back, finalRevision);
    AlertState end = event.map(AlertEvent::state).orElse(state);

    assertThat(end == null || !end.isOpen()).isTrue();
    if (state != null && state.isOpen()) {
      assertThat(event.orElseThrow().transition())
          .isIn(AlertTransition.RESOLVED, AlertTransition.RETRACTED);
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(-1, 1),
                Arbitraries.of(true, false))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(15);
  }

  /** A position in [−1, 1] as a growth gap in [−8, +4] pp or a ratio offset in [−0.12, +0.06]. */
  private static double scaled(Scenario scenario, double position) {
    double spread =
        position < 0
            ? (scenario == Scenario.GROWTH ? 8 : 0.12)
            : (scenario == Scenario.GROWTH ? 4 : 0.06);
    return position * spread;
  }
}
