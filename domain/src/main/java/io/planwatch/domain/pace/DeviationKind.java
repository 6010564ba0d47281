package io.planwatch.domain.pace;

/** How the deviation from the expected position is measured (docs/architecture.md, Pace §3). */
public enum DeviationKind {
  /** Levels: ρ = actual / E (E / actual when lower is better); 1.0 is exactly on pace. */
  RATIO,
  /** Growth and rates: Δ = actual − E in percentage points (E − actual when lower is better). */
  GAP_PP
}
