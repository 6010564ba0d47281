package io.planwatch.streams.query;

import java.util.List;

/** A region's scorecard for one year: counts by status, share on track, ranks among siblings. */
record ScorecardView(
    Label region,
    int year,
    PeriodView period,
    Counts counts,
    Double shareOnTrack,
    List<IndicatorRank> rankings,
    String evaluatedAt) {

  ScorecardView {
    rankings = List.copyOf(rankings);
  }

  /** Targets by status. */
  record Counts(int ahead, int onTrack, int behind, int critical, int notEvaluable) {}

  /** The region's rank among the children of {@code parentRegionCode} for one indicator. */
  record IndicatorRank(
      Label indicator,
      String parentRegionCode,
      int rank,
      int rankedRegions,
      String deviationKind,
      double deviation,
      String status) {}
}
