package io.planwatch.domain.model;

/**
 * Status band thresholds for one indicator (docs/architecture.md, Pace §4). For levels they are
 * ratios ρ (defaults 1.02 / 0.98 / 0.95); for growth and rates, gaps Δ in percentage points
 * (defaults +1.0 / −0.5 / −2.0). At or above {@code ahead} is AHEAD, at or above {@code onTrack}
 * ON_TRACK, at or above {@code behind} BEHIND, below it CRITICAL.
 */
public record Bands(double ahead, double onTrack, double behind) {
  /** Default bands for levels (ratio ρ). */
  public static final Bands LEVEL_DEFAULT = new Bands(1.02, 0.98, 0.95);

  /** Default bands for growth and rates (gap Δ in percentage points). */
  public static final Bands GAP_DEFAULT = new Bands(1.0, -0.5, -2.0);

  public Bands {
    if (!(ahead >= onTrack && onTrack >= behind)) {
      throw new IllegalArgumentException(
          "bands must satisfy ahead >= onTrack >= behind: "
              + ahead
              + ", "
              + onTrack
              + ", "
              + behind);
    }
  }
}
