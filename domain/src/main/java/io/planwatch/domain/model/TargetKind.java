package io.planwatch.domain.model;

/** What a plan target states (docs/architecture.md, "Targets"). */
public enum TargetKind {
  /** A level for one year, from an annual plan (e.g. 2022 budget revenue 140 亿元). */
  ANNUAL_LEVEL,
  /** A growth rate for one year, from an annual plan (e.g. 2022 industrial value added +12 %). */
  ANNUAL_GROWTH,
  /** Average annual growth over the plan period (年均增长); every year must grow by it. */
  AVERAGE_ANNUAL_GROWTH,
  /** A level (flow or stock) to reach in the target year of a plan period. */
  END_OF_PERIOD_LEVEL,
  /** A total accumulated over the plan period ([bracketed] in the plans). */
  CUMULATIVE_TOTAL,
  /** A bound on a rate (unemployment ≤ 3.7 %, good-air days ≥ 80 %). */
  RATE_BOUND,
  /** A share or ratio to reach in the target year (R&D share of GDP 7 %). */
  SHARE,
  /** A reduction over the period (energy per unit of GDP −13.5 %); 1−(1−R)^(1/n) a year. */
  REDUCTION
}
