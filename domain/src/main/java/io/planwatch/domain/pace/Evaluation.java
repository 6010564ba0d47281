package io.planwatch.domain.pace;

import io.planwatch.domain.model.Bands;
import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.PaceStatus;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.Region;
import java.util.Objects;

/**
 * The result of evaluating one target at its latest period. When {@link #status()} is
 * NOT_EVALUABLE, {@link #reason()} says why and the computed fields may be null; otherwise
 * expected, milestone value and deviation are finite numbers.
 *
 * @param target the target
 * @param indicator its indicator
 * @param region its region, or null (texts then use the region code)
 * @param period the latest period (year and month; a quarter q is month 3q)
 * @param frequency monthly or quarterly publication of the latest figure
 * @param trackedMeasure which observations it is compared on
 * @param actual the latest figure
 * @param expected E, the expected position at this month, or null
 * @param milestone A_y, or the reason it could not be resolved
 * @param deviationKind RATIO (levels) or GAP_PP (growth, rates)
 * @param deviation ρ or Δ, oriented so that higher is better, or null
 * @param status AHEAD, ON_TRACK, BEHIND, CRITICAL or NOT_EVALUABLE
 * @param bands the bands in force
 * @param higherIsBetter whether a higher figure is better for this target
 * @param seasonalBasis where the share of the year came from; null for growth and rates
 * @param seasonalShare the share s(m) (m/12 for stocks and counts); null for growth and rates
 * @param outlook year-end projection, projected gap, rest-of-year pace
 * @param reason why the status is NOT_EVALUABLE, else null
 */
public record Evaluation(
    PlanTarget target,
    Indicator indicator,
    Region region,
    Period period,
    Frequency frequency,
    TrackedMeasure trackedMeasure,
    double actual,
    Double expected,
    MilestoneResult milestone,
    DeviationKind deviationKind,
    Double deviation,
    PaceStatus status,
    Bands bands,
    boolean higherIsBetter,
    SeasonalBasis seasonalBasis,
    Double seasonalShare,
    Outlook outlook,
    Reason reason) {
  public Evaluation {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(trackedMeasure, "trackedMeasure");
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(deviationKind, "deviationKind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(bands, "bands");
    Objects.requireNonNull(outlook, "outlook");
    if ((status == PaceStatus.NOT_EVALUABLE) != (reason != null)) {
      throw new IllegalArgumentException("a reason is given exactly when NOT_EVALUABLE");
    }
    if (status != PaceStatus.NOT_EVALUABLE && (expected == null || deviation == null)) {
      throw new IllegalArgumentException("an evaluable status needs expected and deviation");
    }
  }

  public String targetId() {
    return target.id();
  }

  public int year() {
    return period.year();
  }

  /** The milestone A_y, or null. */
  public Double milestoneValue() {
    return milestone.value();
  }

  /** Whether the status is BEHIND or CRITICAL. */
  public boolean isBreach() {
    return status == PaceStatus.BEHIND || status == PaceStatus.CRITICAL;
  }

  /** The Kafka key of {@code pace.progress} and {@code pace.alerts}: target id|year. */
  public String key() {
    return target.id() + "|" + period.year();
  }
}
