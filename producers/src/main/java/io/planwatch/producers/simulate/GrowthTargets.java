package io.planwatch.producers.simulate;

import io.planwatch.domain.model.Comparator;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.TargetKind;
import io.planwatch.domain.pace.MilestoneResolver;
import io.planwatch.domain.pace.MilestoneResult;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The growth rates a series' targets set, year by year, and the margin figures beat them by. */
final class GrowthTargets {
  /** Percentage points by which a simulated figure beats a growth target (not a 左右 one). */
  static final double MARGIN_PP = 0.2;

  private GrowthTargets() {}

  /** Whether a target sets a growth rate (annual, average annual, or a reduction). */
  static boolean isGrowth(PlanTarget target) {
    return target.kind() == TargetKind.ANNUAL_GROWTH
        || target.kind() == TargetKind.AVERAGE_ANNUAL_GROWTH
        || target.kind() == TargetKind.REDUCTION;
  }

  /**
   * The growth rate a plan sets for year y (a fraction): an annual growth target for y, else an
   * average annual growth or a reduction covering y. The figure beats it by a small margin, unless
   * the target is a 左右/稳定在 one.
   */
  static OptionalDouble rate(List<PlanTarget> targets, int year) {
    Optional<PlanTarget> annual =
        targets.stream()
            .filter(t -> t.kind() == TargetKind.ANNUAL_GROWTH && t.targetYear() == year)
            .findFirst();
    Optional<PlanTarget> chosen =
        annual.or(
            () ->
                targets.stream()
                    .filter(
                        t ->
                            (t.kind() == TargetKind.AVERAGE_ANNUAL_GROWTH
                                    || t.kind() == TargetKind.REDUCTION)
                                && covers(t, year))
                    .findFirst());
    if (chosen.isEmpty()) {
      return OptionalDouble.empty();
    }
    PlanTarget target = chosen.get();
    MilestoneResult milestone = MilestoneResolver.resolve(target, targets, year);
    if (!milestone.isResolved()) {
      return OptionalDouble.empty();
    }
    boolean about =
        target.comparator() == Comparator.ABOUT || target.comparator() == Comparator.HOLD;
    double margin = about ? 0 : MARGIN_PP;
    double percent =
        target.kind() == TargetKind.REDUCTION
            ? -(milestone.value() + margin)
            : milestone.value() + margin;
    return OptionalDouble.of(percent / 100.0);
  }

  static double maxRate(List<PlanTarget> targets) {
    return targets.stream()
        .filter(GrowthTargets::isGrowth)
        .map(t -> rate(targets, t.targetYear()))
        .filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble)
        .max()
        .orElse(0);
  }

  private static boolean covers(PlanTarget target, int year) {
    int y0 = target.baseYear() != null ? target.baseYear() : target.targetYear() - 5;
    return year > y0 && year <= target.targetYear();
  }
}
