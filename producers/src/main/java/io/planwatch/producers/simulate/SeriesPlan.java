package io.planwatch.producers.simulate;

import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.Region;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * What the simulator publishes for one indicator and region, and along which path.
 *
 * @param indicator the indicator
 * @param region the region
 * @param targets the catalogue's targets on this indicator and region (may be empty for the core
 *     indicators simulated in every region)
 * @param shape flow (year to date), stock (end of period) or rate
 * @param profile how a flow accumulates over the year
 * @param path by year: a flow's annual total, a stock's year-end level, or a rate's value
 * @param publishGrowth whether YTD growth is published next to the level
 * @param noise relative standard deviation of levels; for rates, in the rate's unit
 * @param side for rates, +1 when higher is better, −1 when lower is better
 * @param margin for rates, the mean distance kept on the good side of the path
 */
public record SeriesPlan(
    Indicator indicator,
    Region region,
    List<PlanTarget> targets,
    Shape shape,
    SeasonalProfile profile,
    Map<Integer, Double> path,
    boolean publishGrowth,
    double noise,
    double side,
    double margin) {
  /** How the figure behaves. */
  public enum Shape {
    /** A flow reported year to date (YTD_LEVEL). */
    FLOW,
    /** A stock at period end (PERIOD_LEVEL). */
    STOCK,
    /** A rate or a growth figure reported as such (RATE, YTD_GROWTH). */
    RATE
  }

  public SeriesPlan {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(profile, "profile");
    targets = List.copyOf(targets);
    path = java.util.Collections.unmodifiableMap(new TreeMap<>(path));
  }

  /** The shape of an indicator's own measure. */
  public static Shape shapeOf(Indicator indicator) {
    return switch (indicator.measure()) {
      case YTD_LEVEL -> Shape.FLOW;
      case PERIOD_LEVEL -> Shape.STOCK;
      case RATE, YTD_GROWTH -> Shape.RATE;
    };
  }

  /** The measure of the level figure (the indicator's own). */
  public Measure levelMeasure() {
    return indicator.measure();
  }

  /** The months a year of this series is published for: 2..12, quarter ends, or December. */
  public List<Integer> months() {
    return monthsOf(indicator.frequency());
  }

  static List<Integer> monthsOf(Frequency frequency) {
    return switch (frequency) {
      case MONTHLY -> IntStream.rangeClosed(2, 12).boxed().toList();
      case QUARTERLY -> List.of(3, 6, 9, 12);
      case ANNUAL -> List.of(12);
    };
  }

  /** The key {@code indicator|region}. */
  public String key() {
    return indicator.code() + "|" + region.code();
  }
}
