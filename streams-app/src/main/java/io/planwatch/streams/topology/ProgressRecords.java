package io.planwatch.streams.topology;

import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceStatus;
import io.planwatch.avro.Period;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.pace.DeviationKind;
import io.planwatch.domain.pace.Evaluation;
import io.planwatch.domain.pace.Outlook;
import io.planwatch.domain.pace.Reason;
import io.planwatch.domain.pace.SeasonalBasis;
import io.planwatch.domain.pace.TrackedMeasure;
import java.time.Instant;

/** Writes an {@link Evaluation} as the {@code pace.progress} contract. */
final class ProgressRecords {
  private ProgressRecords() {}

  static IndicatorProgress of(
      final Evaluation e, final StatisticalObservation figure, final Instant evaluatedAt) {
    final Outlook outlook = e.outlook();
    final Reason reason = e.reason();
    final SeasonalBasis basis = e.seasonalBasis();
    return IndicatorProgress.newBuilder()
        .setTargetId(e.targetId())
        .setIndicatorCode(e.target().indicatorCode())
        .setRegionCode(e.target().regionCode())
        .setYear(e.year())
        .setLatestPeriod(period(e.period()))
        .setUnit(unit(e))
        .setActual(e.actual())
        .setExpected(e.expected())
        .setAnnualMilestone(e.milestoneValue())
        .setDeviationKind(io.planwatch.avro.DeviationKind.valueOf(e.deviationKind().name()))
        .setDeviation(e.deviation())
        .setStatus(PaceStatus.valueOf(e.status().name()))
        .setSeasonalBasis(
            basis == null ? null : io.planwatch.avro.SeasonalBasis.valueOf(basis.name()))
        .setYearEndProjection(outlook.projection())
        .setProjectedGap(outlook.projectedGap())
        .setPaceNeededRestOfYear(outlook.restOfYearPace())
        .setNotEvaluableReason(reason == null ? null : reason.code() + ": " + reason.messageEn())
        .setReleaseId(figure.getReleaseId())
        .setRevision(figure.getRevision())
        .setObservationPublishedAt(figure.getPublishedAt())
        .setEvaluatedAt(evaluatedAt)
        .build();
  }

  /** Whether two progress records say the same, whenever they were computed. */
  static boolean sameContent(final IndicatorProgress a, final IndicatorProgress b) {
    return a != null
        && b != null
        && IndicatorProgress.newBuilder(a).setEvaluatedAt(b.getEvaluatedAt()).build().equals(b);
  }

  static Period period(final io.planwatch.domain.model.Period p) {
    return new Period(p.year(), p.month());
  }

  /** Growth and rate deviations are in percentage points, so their figures are in %. */
  static String unit(final Evaluation e) {
    return e.trackedMeasure() == TrackedMeasure.YTD_GROWTH
            || (e.deviationKind() == DeviationKind.GAP_PP && "%".equals(e.indicator().unit()))
        ? "%"
        : e.indicator().unit();
  }
}
