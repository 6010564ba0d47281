package io.planwatch.domain.pace;

import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.Region;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@link PaceEngine#evaluate(PaceInput)} needs for one target and year.
 *
 * @param target the target evaluated
 * @param indicator its indicator (measure, direction, unit, band override)
 * @param region its region, for names in texts; null falls back to the region code
 * @param sameIndicatorRegion all targets of the same indicator and region, for annual-plan
 *     precedence and last year's milestone (may be empty)
 * @param milestone the milestone already resolved by the caller, or null to resolve it here
 * @param latest the latest figure of the year for the tracked measure
 * @param lastYear last year's figures, or null when unknown
 */
public record PaceInput(
    PlanTarget target,
    Indicator indicator,
    Region region,
    List<PlanTarget> sameIndicatorRegion,
    MilestoneResult milestone,
    LatestFigure latest,
    LastYearProfile lastYear) {
  public PaceInput {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(latest, "latest");
    sameIndicatorRegion =
        sameIndicatorRegion == null ? List.of() : List.copyOf(sameIndicatorRegion);
    lastYear = lastYear == null ? LastYearProfile.none() : lastYear;
  }

  /** An input with no other targets, no pre-resolved milestone and nothing known of last year. */
  public static PaceInput of(PlanTarget target, Indicator indicator, LatestFigure latest) {
    return new PaceInput(target, indicator, null, List.of(), null, latest, null);
  }

  public PaceInput withRegion(Region newRegion) {
    return new PaceInput(
        target, indicator, newRegion, sameIndicatorRegion, milestone, latest, lastYear);
  }

  public PaceInput withTargets(List<PlanTarget> targets) {
    return new PaceInput(target, indicator, region, targets, milestone, latest, lastYear);
  }

  public PaceInput withMilestone(MilestoneResult resolved) {
    return new PaceInput(
        target, indicator, region, sameIndicatorRegion, resolved, latest, lastYear);
  }

  public PaceInput withLastYear(LastYearProfile profile) {
    return new PaceInput(
        target, indicator, region, sameIndicatorRegion, milestone, latest, profile);
  }

  public PaceInput withLatest(LatestFigure figure) {
    return new PaceInput(
        target, indicator, region, sameIndicatorRegion, milestone, figure, lastYear);
  }

  /** The year evaluated: the latest figure's year. */
  public int year() {
    return latest.period().year();
  }
}
