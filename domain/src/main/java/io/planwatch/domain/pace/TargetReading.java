package io.planwatch.domain.pace;

import io.planwatch.domain.model.Bands;
import io.planwatch.domain.model.Direction;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.TargetKind;

/** How a target is read: which side is better, and which bands apply. */
public final class TargetReading {
  private TargetReading() {}

  /**
   * Whether a higher figure is better for this target. The plan's own comparator wins over the
   * indicator's direction: AT_LEAST (以上, 不低于) is a floor, so higher is better; AT_MOST (以内, 控制在) is
   * a ceiling, so lower is better, even if the catalogue marks the indicator the other way. REACH,
   * ABOUT and HOLD follow the indicator. A REDUCTION always follows the indicator: its comparator
   * qualifies the size of the reduction, and the indicator says whether the bureau's figure is the
   * reduction itself (higher is better) or the change of the intensity (lower is better, expected
   * −r).
   */
  public static boolean higherIsBetter(PlanTarget target, Indicator indicator) {
    boolean byIndicator = indicator.direction() == Direction.HIGHER_IS_BETTER;
    if (target.kind() == TargetKind.REDUCTION) {
      return byIndicator;
    }
    return switch (target.comparator()) {
      case AT_LEAST -> true;
      case AT_MOST -> false;
      case ABOUT, HOLD, REACH -> byIndicator;
    };
  }

  /**
   * The bands in force: the indicator's override when it fits the deviation kind (ratio bands have
   * a positive BEHIND edge, gap bands a non-positive ON_TRACK edge), else the default for the kind.
   * An indicator followed both as a level and as a growth thus keeps its override where it makes
   * sense and the defaults elsewhere.
   */
  public static Bands bands(Indicator indicator, DeviationKind kind) {
    Bands override = indicator.bands();
    if (kind == DeviationKind.RATIO) {
      return override != null && override.behind() > 0 ? override : Bands.LEVEL_DEFAULT;
    }
    return override != null && override.onTrack() <= 0 ? override : Bands.GAP_DEFAULT;
  }

  /** The deviation that means "exactly on pace": 1 for a ratio, 0 for a gap. */
  public static double neutral(DeviationKind kind) {
    return kind == DeviationKind.RATIO ? 1.0 : 0.0;
  }
}
