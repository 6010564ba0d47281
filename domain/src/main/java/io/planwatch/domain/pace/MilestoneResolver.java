package io.planwatch.domain.pace;

import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.TargetKind;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Resolves the annual milestone A_y of a target (docs/architecture.md, Pace §1). An annual-plan
 * target for year y on the same indicator and region wins; otherwise the milestone is derived from
 * the plan-period target (base B in y0, target T in Y, n = Y − y0):
 *
 * <ul>
 *   <li>END_OF_PERIOD_LEVEL: geometric path A_y = B·(T/B)^((y−y0)/n), y in [y0, Y];
 *   <li>AVERAGE_ANNUAL_GROWTH: g every year, y in (y0, Y];
 *   <li>CUMULATIVE_TOTAL: C / n a year, y in (y0, Y];
 *   <li>SHARE: linear path A_y = B + (T − B)·(y − y0)/n, y in [y0, Y];
 *   <li>REDUCTION: R over the period gives 1 − (1 − R)^(1/n) a year (both in %), y in (y0, Y];
 *   <li>RATE_BOUND: the bound itself, y ≤ Y (and after y0 when it is known).
 * </ul>
 *
 * Paths return B at y0 and T at Y exactly. Level-family targets (END_OF_PERIOD_LEVEL,
 * CUMULATIVE_TOTAL, SHARE, RATE_BOUND) are overridden by an ANNUAL_LEVEL target, and
 * AVERAGE_ANNUAL_GROWTH by an ANNUAL_GROWTH target. A REDUCTION is never overridden by an
 * ANNUAL_GROWTH target, whose sign convention (change vs. reduction) differs; an annual reduction
 * target is a REDUCTION with n = 1. Among several annual targets the lowest id wins.
 */
public final class MilestoneResolver {
  private MilestoneResolver() {}

  /**
   * The milestone of {@code target} for {@code year}.
   *
   * @param target the target being evaluated
   * @param sameIndicatorRegion all targets of the same indicator and region (may include {@code
   *     target}; targets of other indicators or regions are ignored)
   * @param year the year y
   */
  public static MilestoneResult resolve(
      PlanTarget target, Collection<PlanTarget> sameIndicatorRegion, int year) {
    if (target.isAnnual()) {
      return target.targetYear() == year
          ? finite(target.value(), MilestoneBasis.ANNUAL_PLAN, target)
          : MilestoneResult.unresolved(
              ReasonCode.OUT_OF_PLAN_PERIOD,
              "annual target " + target.id() + " is for " + target.targetYear() + ", not " + year);
    }
    Optional<PlanTarget> annual = annualOverride(target, sameIndicatorRegion, year);
    if (annual.isPresent()) {
      return finite(annual.get().value(), MilestoneBasis.ANNUAL_PLAN, annual.get());
    }
    return derive(target, year);
  }

  /** The milestone derived from a plan-period target alone, ignoring annual plans. */
  public static MilestoneResult derive(PlanTarget target, int year) {
    if (target.kind() == TargetKind.RATE_BOUND) {
      return bound(target, year);
    }
    if (target.baseYear() == null) {
      return MilestoneResult.unresolved(ReasonCode.MISSING_BASE_YEAR, "target " + target.id());
    }
    int y0 = target.baseYear();
    int bigY = target.targetYear();
    if (bigY <= y0) {
      return MilestoneResult.unresolved(
          ReasonCode.EMPTY_PLAN_PERIOD, "target " + target.id() + ": y0 " + y0 + ", Y " + bigY);
    }
    boolean levelPath =
        target.kind() == TargetKind.END_OF_PERIOD_LEVEL || target.kind() == TargetKind.SHARE;
    int first = levelPath ? y0 : y0 + 1;
    if (year < first || year > bigY) {
      return MilestoneResult.unresolved(
          ReasonCode.OUT_OF_PLAN_PERIOD,
          "target " + target.id() + " covers " + first + "–" + bigY + ", not " + year);
    }
    int n = bigY - y0;
    return switch (target.kind()) {
      case END_OF_PERIOD_LEVEL -> geometric(target, year, y0, bigY);
      case SHARE -> linear(target, year, y0, bigY);
      case AVERAGE_ANNUAL_GROWTH -> finite(target.value(), MilestoneBasis.CONSTANT_GROWTH, target);
      case CUMULATIVE_TOTAL -> finite(target.value() / n, MilestoneBasis.ANNUAL_QUOTA, target);
      case REDUCTION -> reduction(target, n);
      case ANNUAL_LEVEL, ANNUAL_GROWTH, RATE_BOUND ->
          throw new IllegalStateException("handled above: " + target.kind());
    };
  }

  private static MilestoneResult bound(PlanTarget target, int year) {
    Integer y0 = target.baseYear();
    if (year > target.targetYear() || (y0 != null && year <= y0)) {
      return MilestoneResult.unresolved(
          ReasonCode.OUT_OF_PLAN_PERIOD,
          "bound " + target.id() + " holds until " + target.targetYear() + ", not in " + year);
    }
    return finite(target.value(), MilestoneBasis.BOUND, target);
  }

  private static MilestoneResult geometric(PlanTarget target, int year, int y0, int bigY) {
    Double base = target.baseValue();
    if (base == null) {
      return MilestoneResult.unresolved(ReasonCode.MISSING_BASE, "target " + target.id());
    }
    if (!(base > 0)) {
      return MilestoneResult.unresolved(
          ReasonCode.NON_POSITIVE_BASE, "target " + target.id() + ", base " + base);
    }
    if (!(target.value() > 0)) {
      return MilestoneResult.unresolved(
          ReasonCode.NON_POSITIVE_TARGET, "target " + target.id() + ", target " + target.value());
    }
    if (year == y0) {
      return finite(base, MilestoneBasis.GEOMETRIC_PATH, target);
    }
    if (year == bigY) {
      return finite(target.value(), MilestoneBasis.GEOMETRIC_PATH, target);
    }
    double exponent = (double) (year - y0) / (bigY - y0);
    return finite(
        base * Math.pow(target.value() / base, exponent), MilestoneBasis.GEOMETRIC_PATH, target);
  }

  private static MilestoneResult linear(PlanTarget target, int year, int y0, int bigY) {
    Double base = target.baseValue();
    if (base == null) {
      return MilestoneResult.unresolved(ReasonCode.MISSING_BASE, "target " + target.id());
    }
    if (year == y0) {
      return finite(base, MilestoneBasis.LINEAR_PATH, target);
    }
    if (year == bigY) {
      return finite(target.value(), MilestoneBasis.LINEAR_PATH, target);
    }
    double fraction = (double) (year - y0) / (bigY - y0);
    return finite(base + (target.value() - base) * fraction, MilestoneBasis.LINEAR_PATH, target);
  }

  private static MilestoneResult reduction(PlanTarget target, int n) {
    double reduction = target.value() / 100.0;
    if (!(reduction < 1.0)) {
      return MilestoneResult.unresolved(
          ReasonCode.INVALID_REDUCTION, "target " + target.id() + ", R " + target.value() + " %");
    }
    double annual = n == 1 ? reduction : 1.0 - Math.pow(1.0 - reduction, 1.0 / n);
    return finite(100.0 * annual, MilestoneBasis.ANNUAL_REDUCTION, target);
  }

  private static Optional<PlanTarget> annualOverride(
      PlanTarget target, Collection<PlanTarget> targets, int year) {
    TargetKind overriding =
        switch (target.kind()) {
          case END_OF_PERIOD_LEVEL, CUMULATIVE_TOTAL, SHARE, RATE_BOUND -> TargetKind.ANNUAL_LEVEL;
          case AVERAGE_ANNUAL_GROWTH -> TargetKind.ANNUAL_GROWTH;
          case REDUCTION, ANNUAL_LEVEL, ANNUAL_GROWTH -> null;
        };
    if (overriding == null || targets == null) {
      return Optional.empty();
    }
    return targets.stream()
        .filter(t -> t.kind() == overriding && t.targetYear() == year)
        .filter(t -> t.indicatorCode().equals(target.indicatorCode()))
        .filter(t -> t.regionCode().equals(target.regionCode()))
        .filter(t -> !t.id().equals(target.id()))
        .filter(t -> Double.isFinite(t.value()))
        .min(Comparator.comparing(PlanTarget::id));
  }

  private static MilestoneResult finite(double value, MilestoneBasis basis, PlanTarget source) {
    if (!Double.isFinite(value)) {
      return MilestoneResult.unresolved(
          ReasonCode.NON_FINITE_RESULT, "target " + source.id() + ", " + basis);
    }
    return MilestoneResult.of(value, basis, source.id());
  }
}
