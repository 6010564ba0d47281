package io.planwatch.domain.alert;

import io.planwatch.domain.model.Bands;
import io.planwatch.domain.model.PaceStatus;
import io.planwatch.domain.pace.DeviationKind;
import io.planwatch.domain.pace.Evaluation;
import io.planwatch.domain.pace.TargetReading;

/**
 * When an open alert may resolve (docs/architecture.md, Alerts): ON_TRACK or AHEAD again and past
 * half the margin between "on pace" and the BEHIND edge of the bands in force. With the default
 * bands: ρ ≥ 1 − (1 − 0.98)/2 = 0.99 for levels and Δ ≥ −0.5/2 = −0.25 pp for growth and rates. A
 * figure that hovers just above the BEHIND edge therefore does not open and close the alert month
 * after month.
 */
public final class Hysteresis {
  private Hysteresis() {}

  /** The deviation an open alert must reach to resolve: neutral − (neutral − onTrack)/2. */
  public static double resolveThreshold(DeviationKind kind, Bands bands) {
    double neutral = TargetReading.neutral(kind);
    return neutral - (neutral - bands.onTrack()) / 2.0;
  }

  /** Whether the evaluation is back on pace beyond the hysteresis margin. */
  public static boolean isCleared(Evaluation e) {
    return (e.status() == PaceStatus.ON_TRACK || e.status() == PaceStatus.AHEAD)
        && e.deviation() >= resolveThreshold(e.deviationKind(), e.bands());
  }
}
