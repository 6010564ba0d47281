package io.planwatch.domain.pace;

/** How an annual milestone A_y was obtained (docs/architecture.md, Pace §1). */
public enum MilestoneBasis {
  /** An annual-plan target for the year (ANNUAL_LEVEL / ANNUAL_GROWTH); wins over a derivation. */
  ANNUAL_PLAN,
  /** Levels: A_y = B·(T/B)^((y−y0)/(Y−y0)). */
  GEOMETRIC_PATH,
  /** Average annual growth g: every year must grow by g. */
  CONSTANT_GROWTH,
  /** Cumulative total C over n = Y − y0 years: C / n a year. */
  ANNUAL_QUOTA,
  /** Shares and rates: A_y = B + (T − B)·(y − y0)/(Y − y0). */
  LINEAR_PATH,
  /** Reduction R over the period: 1 − (1 − R)^(1/n) a year. */
  ANNUAL_REDUCTION,
  /** A rate bound holds every year: the bound itself. */
  BOUND
}
