package io.planwatch.domain.pace;

/** Where the seasonal share s(m) of a YTD level came from. */
public enum SeasonalBasis {
  /** Last year's YTD(m) / last year's annual total, same indicator and region. */
  LAST_YEAR_PROFILE,
  /** m / 12 (no usable profile, or a measure that is not seasonal by definition). */
  LINEAR
}
