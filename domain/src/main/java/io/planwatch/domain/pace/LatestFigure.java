package io.planwatch.domain.pace;

import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.Period;
import java.util.Objects;

/**
 * The latest figure of the year for a target's tracked measure: the period it reaches and its
 * value.
 *
 * @param period the period (1-6月 is month 6; a quarter q is month 3q)
 * @param measure how it is reported
 * @param value the figure in the indicator's unit (a growth or rate in %)
 * @param frequency monthly or quarterly (used for the period's wording in alert texts)
 */
public record LatestFigure(Period period, Measure measure, double value, Frequency frequency) {
  public LatestFigure {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(frequency, "frequency");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite: " + value);
    }
  }

  /** A monthly figure. */
  public static LatestFigure monthly(Period period, Measure measure, double value) {
    return new LatestFigure(period, measure, value, Frequency.MONTHLY);
  }

  /** The figure of an observation. */
  public static LatestFigure of(Observation observation) {
    return new LatestFigure(
        observation.period(), observation.measure(), observation.value(), observation.frequency());
  }
}
