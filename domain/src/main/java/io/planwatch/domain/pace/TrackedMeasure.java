package io.planwatch.domain.pace;

import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.PlanTarget;

/**
 * Which observations a target is compared on, and how. The streams app routes observations with
 * {@link #observationMeasure()}: a target only ever sees observations of that measure.
 */
public enum TrackedMeasure {
  /** A flow reported year to date ("1-6月累计"): E = A_y·s(m), deviation a ratio. */
  YTD_LEVEL(Measure.YTD_LEVEL, DeviationKind.RATIO),
  /** Growth on the same period last year ("累计增长"): E = g, deviation a gap in pp. */
  YTD_GROWTH(Measure.YTD_GROWTH, DeviationKind.GAP_PP),
  /** A stock at period end: E = L_{y−1} + (A_y − L_{y−1})·m/12, deviation a ratio. */
  STOCK(Measure.PERIOD_LEVEL, DeviationKind.RATIO),
  /** Items added this year, counted year to date: E = quota·m/12, deviation a ratio. */
  CUMULATIVE_COUNT(Measure.YTD_LEVEL, DeviationKind.RATIO),
  /** A rate or share: E = the bound or the linear path's value, deviation a gap in pp. */
  RATE(Measure.RATE, DeviationKind.GAP_PP);

  private final Measure observationMeasure;
  private final DeviationKind deviationKind;

  TrackedMeasure(Measure observationMeasure, DeviationKind deviationKind) {
    this.observationMeasure = observationMeasure;
    this.deviationKind = deviationKind;
  }

  /** The measure of the observations this target is compared on. */
  public Measure observationMeasure() {
    return observationMeasure;
  }

  public DeviationKind deviationKind() {
    return deviationKind;
  }

  /**
   * The tracked measure of a target, from its kind and the indicator's measure.
   *
   * <ul>
   *   <li>growth kinds (ANNUAL_GROWTH, AVERAGE_ANNUAL_GROWTH) and REDUCTION → YTD_GROWTH (a
   *       reduction is followed on the bureau's year-on-year change, "累计下降");
   *   <li>CUMULATIVE_TOTAL → CUMULATIVE_COUNT (the year's additions, year to date);
   *   <li>RATE_BOUND → YTD_GROWTH on a growth indicator (a ceiling on a growth, e.g. CPI), else
   *       RATE;
   *   <li>level kinds (ANNUAL_LEVEL, END_OF_PERIOD_LEVEL) and SHARE → by the indicator's measure:
   *       PERIOD_LEVEL → STOCK, RATE → RATE, otherwise YTD_LEVEL (a flow indicator reported as
   *       growth is followed on its YTD level for a level target).
   * </ul>
   */
  public static TrackedMeasure of(PlanTarget target, Indicator indicator) {
    return switch (target.kind()) {
      case ANNUAL_GROWTH, AVERAGE_ANNUAL_GROWTH, REDUCTION -> YTD_GROWTH;
      case CUMULATIVE_TOTAL -> CUMULATIVE_COUNT;
      case RATE_BOUND -> indicator.measure() == Measure.YTD_GROWTH ? YTD_GROWTH : RATE;
      case ANNUAL_LEVEL, END_OF_PERIOD_LEVEL, SHARE -> ofLevel(indicator.measure());
    };
  }

  private static TrackedMeasure ofLevel(Measure measure) {
    return switch (measure) {
      case PERIOD_LEVEL -> STOCK;
      case RATE -> RATE;
      case YTD_LEVEL, YTD_GROWTH -> YTD_LEVEL;
    };
  }
}
