package io.planwatch.streams.topology;

import io.planwatch.avro.DeviationKind;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceStatus;
import io.planwatch.avro.Period;

/**
 * What a scorecard needs of one target's progress, and nothing else: a few fields instead of the
 * whole {@link IndicatorProgress}, because a recompute reads every target of a parent's children.
 *
 * @param indicatorCode the target's indicator, for the ranking
 * @param status the pace status, counted
 * @param latestPeriod the latest period known, or null
 * @param deviationKind how the deviation is expressed, or null when not evaluable
 * @param deviation the deviation (higher is better), or null when not evaluable
 */
record ScorecardEntry(
    String indicatorCode,
    PaceStatus status,
    Period latestPeriod,
    DeviationKind deviationKind,
    Double deviation) {

  static ScorecardEntry of(final IndicatorProgress p) {
    return new ScorecardEntry(
        p.getIndicatorCode(),
        p.getStatus(),
        p.getLatestPeriod(),
        p.getDeviationKind(),
        p.getDeviation());
  }

  /** Whether it takes part in the ranking of its indicator. */
  boolean ranked() {
    return status != PaceStatus.NOT_EVALUABLE && deviation != null && deviationKind != null;
  }
}
