package io.planwatch.domain.pace;

import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Bands;
import io.planwatch.domain.model.Comparator;
import io.planwatch.domain.model.PaceStatus;

/**
 * The status of a deviation (docs/architecture.md, Pace §4). The deviation is already oriented so
 * that higher is better (ρ = E/actual, Δ = E − actual when lower is better).
 *
 * <ul>
 *   <li>≥ ahead: AHEAD; ≥ onTrack: ON_TRACK; ≥ behind: BEHIND; below: CRITICAL.
 *   <li>ABOUT (左右) and HOLD (稳定在): ON_TRACK inside the symmetric band around the target, whose
 *       half-width is the distance from on-pace to the ON_TRACK edge (±2 % for levels, ±0.5 pp for
 *       growth and rates with the defaults), AHEAD strictly above it; below it as usual.
 *   <li>BINDING (约束性): no slack, any shortfall (ρ &lt; 1, Δ &lt; 0) is at least BEHIND.
 * </ul>
 *
 * The status never improves when the deviation falls: it is monotone in the deviation.
 */
public final class StatusRule {
  private StatusRule() {}

  public static PaceStatus status(
      double deviation,
      DeviationKind kind,
      Bands bands,
      Comparator comparator,
      Attribute attribute) {
    double neutral = TargetReading.neutral(kind);
    PaceStatus status;
    if (deviation < bands.behind()) {
      status = PaceStatus.CRITICAL;
    } else if (deviation < bands.onTrack()) {
      status = PaceStatus.BEHIND;
    } else if (comparator == Comparator.ABOUT || comparator == Comparator.HOLD) {
      double upper = neutral + (neutral - bands.onTrack());
      status = deviation > upper ? PaceStatus.AHEAD : PaceStatus.ON_TRACK;
    } else {
      status = deviation >= bands.ahead() ? PaceStatus.AHEAD : PaceStatus.ON_TRACK;
    }
    if (attribute == Attribute.BINDING
        && deviation < neutral
        && (status == PaceStatus.AHEAD || status == PaceStatus.ON_TRACK)) {
      return PaceStatus.BEHIND;
    }
    return status;
  }
}
