package io.planwatch.domain.alert;

import io.planwatch.domain.model.AlertSeverity;
import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Bands;
import io.planwatch.domain.model.PaceStatus;
import io.planwatch.domain.pace.Evaluation;

/**
 * Severity weighs the shortfall and the attribute (docs/architecture.md, Alerts):
 *
 * <ol>
 *   <li>shortfall tier: BEHIND → 0; CRITICAL → 1; deep CRITICAL → 2, deep meaning below the
 *       CRITICAL edge by more than the width of the BEHIND band again (defaults: ρ &lt; 0.92, Δ
 *       &lt; −3.5 pp);
 *   <li>+1 for a binding (约束性) target, −1 for a soft one (力争/争取);
 *   <li>the sum, clamped to 0..3, is LOW, MEDIUM, HIGH, CRITICAL.
 * </ol>
 *
 * So a binding target is always one step more severe than an expected or unlabelled one with the
 * same shortfall (up to CRITICAL), and the Shenyang industrial value added at −6.9 pp is HIGH. Only
 * a breach has a severity: ON_TRACK and AHEAD are LOW.
 */
public final class SeverityRule {
  private static final AlertSeverity[] SCALE = AlertSeverity.values();

  private SeverityRule() {}

  public static AlertSeverity of(Evaluation e) {
    if (!e.isBreach()) {
      return AlertSeverity.LOW;
    }
    int score = tier(e);
    if (e.target().attribute() == Attribute.BINDING) {
      score++;
    }
    if (e.target().soft()) {
      score--;
    }
    return SCALE[Math.max(0, Math.min(SCALE.length - 1, score))];
  }

  private static int tier(Evaluation e) {
    if (e.status() == PaceStatus.BEHIND) {
      return 0;
    }
    Bands b = e.bands();
    double deepEdge = b.behind() - (b.onTrack() - b.behind());
    return e.deviation() < deepEdge ? 2 : 1;
  }
}
