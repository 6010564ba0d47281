package io.planwatch.domain.model;

/** Price basis of a monetary figure or growth rate. */
public enum PriceBasis {
  /** Current prices (nominal). */
  CURRENT,
  /** Comparable prices (real), as bureaus report GDP and industrial value-added growth. */
  COMPARABLE,
  /** Not a monetary figure (counts, rates, days). */
  NOT_APPLICABLE
}
