package io.planwatch.domain.pace;

import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.TargetKind;
import java.util.Comparator;

/**
 * The expected position E at month m (docs/architecture.md, Pace §2).
 *
 * <ul>
 *   <li>YTD level: E = A_y·s(m) ({@link SeasonalShare});
 *   <li>cumulative count: E = quota·m/12;
 *   <li>stock: E = L_{y−1} + (A_y − L_{y−1})·m/12, L_{y−1} last year's end value, else A_{y−1};
 *   <li>growth: E = g; a reduction r is expected as r when the indicator reports the reduction
 *       (higher is better) and as −r when it reports the change (lower is better);
 *   <li>rate: E = the bound, or the linear path's value for the year.
 * </ul>
 *
 * @param value E, or null with a reason
 * @param seasonalBasis the share's basis for YTD levels, stocks and counts, else null
 * @param share the share of the year used, else null
 * @param lastYearLevel L_{y−1} for stocks, else null
 * @param reason why E could not be computed, else null
 */
record ExpectedPosition(
    Double value, SeasonalBasis seasonalBasis, Double share, Double lastYearLevel, Reason reason) {

  static ExpectedPosition of(
      PaceInput in, TrackedMeasure tracked, double milestone, boolean higher) {
    int month = in.latest().period().month();
    return switch (tracked) {
      case YTD_LEVEL -> {
        SeasonalShare s = SeasonalShare.of(month, in.lastYear());
        yield ok(milestone * s.value(), s.basis(), s.value(), null);
      }
      case CUMULATIVE_COUNT -> {
        SeasonalShare s = SeasonalShare.linear(month);
        yield ok(milestone * s.value(), s.basis(), s.value(), null);
      }
      case STOCK -> stock(in, milestone, month);
      case YTD_GROWTH ->
          ok(
              in.target().kind() == TargetKind.REDUCTION && !higher ? -milestone : milestone,
              null,
              null,
              null);
      case RATE -> ok(milestone, null, null, null);
    };
  }

  private static ExpectedPosition stock(PaceInput in, double milestone, int month) {
    Double last = lastYearLevel(in);
    if (last == null) {
      return new ExpectedPosition(
          null,
          null,
          null,
          null,
          new Reason(
              ReasonCode.MISSING_LAST_YEAR_STOCK,
              "target " + in.target().id() + ", year " + (in.year() - 1)));
    }
    SeasonalShare s = SeasonalShare.linear(month);
    return ok(last + (milestone - last) * s.value(), s.basis(), s.value(), last);
  }

  /**
   * L_{y−1}: last year's published end value; else the target's own base when its base year is y−1
   * (annual plans); else the milestone of y−1 (annual plan of y−1, or the target's path); else the
   * path of another END_OF_PERIOD_LEVEL target of the same indicator and region.
   */
  private static Double lastYearLevel(PaceInput in) {
    if (in.lastYear().endOfYearStock() != null) {
      return in.lastYear().endOfYearStock();
    }
    PlanTarget target = in.target();
    int previous = in.year() - 1;
    if (target.baseValue() != null
        && target.baseYear() != null
        && target.baseYear() == previous
        && Double.isFinite(target.baseValue())) {
      return target.baseValue();
    }
    MilestoneResult own = MilestoneResolver.resolve(target, in.sameIndicatorRegion(), previous);
    if (own.isResolved()) {
      return own.value();
    }
    return in.sameIndicatorRegion().stream()
        .filter(t -> t.kind() == TargetKind.END_OF_PERIOD_LEVEL)
        .filter(t -> t.indicatorCode().equals(target.indicatorCode()))
        .filter(t -> t.regionCode().equals(target.regionCode()))
        .sorted(Comparator.comparing(PlanTarget::id))
        .map(t -> MilestoneResolver.resolve(t, in.sameIndicatorRegion(), previous))
        .filter(MilestoneResult::isResolved)
        .map(MilestoneResult::value)
        .findFirst()
        .orElse(null);
  }

  private static ExpectedPosition ok(
      double value, SeasonalBasis basis, Double share, Double lastYearLevel) {
    return new ExpectedPosition(value, basis, share, lastYearLevel, null);
  }
}
