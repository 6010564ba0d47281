package io.planwatch.streams.query;

/**
 * Where one target stands against its planned pace in one year, with the plan's words (source,
 * target) and the outlook for the year end.
 */
record ProgressView(
    String targetId,
    int year,
    Label indicator,
    Label region,
    SourceView source,
    TargetSummary target,
    String status,
    PeriodView period,
    String unit,
    Double actual,
    Double expected,
    Double annualMilestone,
    String deviationKind,
    Double deviation,
    String seasonalBasis,
    Outlook outlook,
    String notEvaluableReason,
    String releaseId,
    Integer revision,
    String observationPublishedAt,
    String evaluatedAt) {

  /** What the plan says, from the target catalogue. */
  record TargetSummary(
      String kind,
      String comparator,
      double value,
      String unit,
      int targetYear,
      String attribute,
      boolean soft) {}

  /** The year-end projection, its gap to the milestone, and the pace the rest of the year needs. */
  record Outlook(Double yearEndProjection, Double projectedGap, Double paceNeededRestOfYear) {}
}
