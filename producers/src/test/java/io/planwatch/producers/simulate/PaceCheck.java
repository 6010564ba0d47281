package io.planwatch.producers.simulate;

import static io.planwatch.producers.simulate.SimulationFixtures.CATALOGUE;

import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.PaceStatus;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.pace.Evaluation;
import io.planwatch.domain.pace.LastYearProfile;
import io.planwatch.domain.pace.LatestFigure;
import io.planwatch.domain.pace.PaceEngine;
import io.planwatch.domain.pace.PaceInput;
import io.planwatch.domain.pace.TrackedMeasure;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Judges simulated figures with the real pace engine, as the streams app would. */
final class PaceCheck {
  private PaceCheck() {}

  /** The status of a target on the final figure of a period (last year's finals as profile). */
  static PaceStatus finalStatus(String targetId, Period period) {
    return evaluate(targetId, period, true)
        .map(Evaluation::status)
        .orElse(PaceStatus.NOT_EVALUABLE);
  }

  /** The status of a target on the first-published figure of a period. */
  static PaceStatus provisionalStatus(String targetId, Period period) {
    return evaluate(targetId, period, false)
        .map(Evaluation::status)
        .orElse(PaceStatus.NOT_EVALUABLE);
  }

  static Optional<Evaluation> evaluate(String targetId, Period period, boolean finalFigure) {
    PlanTarget target = CATALOGUE.target(targetId).orElseThrow();
    Indicator indicator = CATALOGUE.indicator(target.indicatorCode()).orElseThrow();
    Measure measure = TrackedMeasure.of(target, indicator).observationMeasure();
    var versions =
        SimulationFixtures.versions(target.indicatorCode(), target.regionCode(), period, measure);
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    Observation figure = finalFigure ? versions.get(versions.size() - 1) : versions.get(0);
    PaceInput input =
        PaceInput.of(target, indicator, LatestFigure.of(figure))
            .withTargets(CATALOGUE.targetsFor(target.indicatorCode(), target.regionCode()))
            .withRegion(CATALOGUE.region(target.regionCode()).orElseThrow())
            .withLastYear(lastYear(target, indicator, period.year() - 1));
    return Optional.of(PaceEngine.evaluate(input));
  }

  private static LastYearProfile lastYear(PlanTarget target, Indicator indicator, int year) {
    Map<Integer, Double> ytd = new TreeMap<>();
    for (int month = 1; month <= 12; month++) {
      SimulationFixtures.latest(
              target.indicatorCode(),
              target.regionCode(),
              new Period(year, month),
              indicator.measure())
          .ifPresent(o -> ytd.put(o.period().month(), o.value()));
    }
    Double december = ytd.get(12);
    if (indicator.measure() == Measure.PERIOD_LEVEL) {
      return new LastYearProfile(Map.of(), null, december);
    }
    return indicator.measure() == Measure.YTD_LEVEL
        ? new LastYearProfile(ytd, december, null)
        : LastYearProfile.none();
  }
}
