package io.planwatch.domain.model;

/** How a bureau reports a figure (docs/architecture.md, "Observations"). */
public enum Measure {
  /** Cumulative since January ("1-6月累计"). */
  YTD_LEVEL,
  /** Percent growth on the same period last year ("累计增长"). */
  YTD_GROWTH,
  /** A stock at period end (enterprises, population, loans). */
  PERIOD_LEVEL,
  /** A ratio: unemployment rate, share of good-air days, R&D share of GDP. */
  RATE
}
