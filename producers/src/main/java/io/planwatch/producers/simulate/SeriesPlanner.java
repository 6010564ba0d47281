package io.planwatch.producers.simulate;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.Direction;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.Region;
import io.planwatch.domain.model.RegionKind;
import io.planwatch.domain.model.TargetKind;
import io.planwatch.domain.pace.MilestoneResolver;
import io.planwatch.domain.pace.MilestoneResult;
import io.planwatch.domain.pace.TargetReading;
import io.planwatch.producers.simulate.SeriesPlan.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Decides which series to simulate and along which path. Every indicator and region with a target
 * gets a series; the core indicators (GDP, industrial value added, retail sales, fixed-asset
 * investment, budget revenue) are simulated in every administrative region as well.
 *
 * <p>Levels follow the plan: where a target's milestone resolves for a year (an annual plan, or a
 * five-year path from its base), that is the year's level; other years grow at the target's growth
 * rate (a little above it, so that figures are on track), or at a typical rate. A target without a
 * base anchors the path at its own figure; a series without any target starts from a magnitude
 * scaled by the region's kind.
 */
final class SeriesPlanner {
  /** Indicators simulated in every administrative region, in this order. */
  static final List<String> CORE =
      List.of(
          "gdp",
          "industrial_value_added",
          "retail_sales",
          "fixed_asset_investment",
          "general_budget_revenue");

  private static final double LEVEL_NOISE = 0.0025;
  private static final double GROWTH_NOISE = 0.001;
  private static final double RATE_MARGIN_PP = 0.3;

  private final Catalogue catalogue;
  private final SimulationConfig config;

  SeriesPlanner(Catalogue catalogue, SimulationConfig config) {
    this.catalogue = catalogue;
    this.config = config;
  }

  /** Every series, ordered by region then indicator, both in catalogue order. */
  List<SeriesPlan> plans() {
    Map<String, List<PlanTarget>> pairs = new LinkedHashMap<>();
    for (PlanTarget target : catalogue.targets().values()) {
      pairs
          .computeIfAbsent(
              target.indicatorCode() + "|" + target.regionCode(), k -> new ArrayList<>())
          .add(target);
    }
    for (Region region : catalogue.regions().values()) {
      if (region.kind() == RegionKind.ZONE) {
        continue;
      }
      for (String code : CORE) {
        if (catalogue.indicator(code).isPresent()) {
          pairs.computeIfAbsent(code + "|" + region.code(), k -> new ArrayList<>());
        }
      }
    }
    List<String> regionOrder = new ArrayList<>(catalogue.regions().keySet());
    List<String> indicatorOrder = new ArrayList<>(catalogue.indicators().keySet());
    List<SeriesPlan> plans = new ArrayList<>();
    for (Map.Entry<String, List<PlanTarget>> pair : pairs.entrySet()) {
      String[] parts = pair.getKey().split("\\|");
      Indicator indicator = catalogue.indicator(parts[0]).orElseThrow();
      Region region = catalogue.region(parts[1]).orElseThrow();
      plans.add(plan(indicator, region, pair.getValue()));
    }
    plans.sort(
        Comparator.comparingInt((SeriesPlan p) -> regionOrder.indexOf(p.region().code()))
            .thenComparingInt(p -> indicatorOrder.indexOf(p.indicator().code())));
    return List.copyOf(plans);
  }

  private SeriesPlan plan(Indicator indicator, Region region, List<PlanTarget> targets) {
    Shape shape = SeriesPlan.shapeOf(indicator);
    SplittableRandom random =
        Seeds.of(config.seed(), "path|" + indicator.code() + "|" + region.code());
    boolean growthTarget = targets.stream().anyMatch(GrowthTargets::isGrowth);
    if (shape == Shape.RATE) {
      return ratePlan(indicator, region, targets, random);
    }
    boolean quota =
        shape == Shape.FLOW
            && targets.stream().anyMatch(t -> t.kind() == TargetKind.CUMULATIVE_TOTAL);
    SeasonalProfile profile = quota ? SeasonalProfile.LINEAR : SeasonalProfile.of(indicator);
    Map<Integer, Double> path = levelPath(indicator, region, targets, shape, random);
    boolean growth =
        growthTarget || indicator.frequency() != io.planwatch.domain.model.Frequency.ANNUAL;
    // Growth figures magnify level noise by (1 + g) twice over (this year and last): keep it well
    // inside the ±0.5 pp on-track band.
    double noise =
        growthTarget
            ? GROWTH_NOISE / (1 + Math.max(0, GrowthTargets.maxRate(targets)))
            : LEVEL_NOISE;
    return new SeriesPlan(indicator, region, targets, shape, profile, path, growth, noise, 1, 0);
  }

  private Map<Integer, Double> levelPath(
      Indicator indicator,
      Region region,
      List<PlanTarget> targets,
      Shape shape,
      SplittableRandom random) {
    int lo = config.firstInternalYear();
    int hi = config.lastYear();
    boolean higher = indicator.direction() == Direction.HIGHER_IS_BETTER;
    TreeMap<Integer, Double> known = new TreeMap<>();
    for (int year = lo; year <= hi; year++) {
      int y = year;
      resolvedLevel(targets, shape, year, higher).ifPresent(v -> known.put(y, v));
    }
    if (known.isEmpty()) {
      for (PlanTarget target : targets) {
        if (isLevel(target, shape) && target.value() >= 0 && Double.isFinite(target.value())) {
          known.put(target.targetYear(), target.value());
          break;
        }
      }
    }
    if (known.isEmpty()) {
      known.put(lo, Magnitudes.of(indicator, region, random));
    }
    double fallbackRate =
        targets.stream()
            .filter(GrowthTargets::isGrowth)
            .map(t -> GrowthTargets.rate(targets, t.targetYear()))
            .filter(OptionalDouble::isPresent)
            .mapToDouble(OptionalDouble::getAsDouble)
            .findFirst()
            .orElse(defaultRate(indicator, shape));
    Map<Integer, Double> path = new TreeMap<>();
    int first = known.firstKey();
    path.put(first, known.get(first));
    for (int y = first + 1; y <= Math.max(hi, known.lastKey()); y++) {
      OptionalDouble rate = GrowthTargets.rate(targets, y);
      double grown = path.get(y - 1) * (1 + rate.orElse(fallbackRate));
      Double level = known.get(y);
      // Where a plan sets both a level and a growth rate, the figure meets the more demanding one.
      double value =
          level == null
              ? grown
              : rate.isEmpty() ? level : higher ? Math.max(level, grown) : Math.min(level, grown);
      path.put(y, value);
    }
    for (int y = first - 1; y >= lo; y--) {
      path.put(y, path.get(y + 1) / (1 + GrowthTargets.rate(targets, y + 1).orElse(fallbackRate)));
    }
    Map<Integer, Double> kept = new TreeMap<>();
    for (int y = lo; y <= hi; y++) {
      kept.put(y, path.get(y));
    }
    return kept;
  }

  /**
   * The level of a year from the level targets whose milestone resolves for it: the most demanding
   * one where several plans disagree.
   */
  private static Optional<Double> resolvedLevel(
      List<PlanTarget> targets, Shape shape, int year, boolean higher) {
    return targets.stream()
        .filter(t -> isLevel(t, shape))
        .map(t -> MilestoneResolver.resolve(t, targets, year))
        .filter(m -> m.isResolved() && m.value() >= 0)
        .map(MilestoneResult::value)
        .reduce(higher ? Math::max : Math::min);
  }

  private static boolean isLevel(PlanTarget target, Shape shape) {
    return switch (target.kind()) {
      case ANNUAL_LEVEL, END_OF_PERIOD_LEVEL, SHARE -> true;
      case CUMULATIVE_TOTAL -> shape == Shape.FLOW;
      case ANNUAL_GROWTH, AVERAGE_ANNUAL_GROWTH, REDUCTION, RATE_BOUND -> false;
    };
  }

  private static double defaultRate(Indicator indicator, Shape shape) {
    if ("天".equals(indicator.unit()) || "%".equals(indicator.unit())) {
      return 0.01;
    }
    return shape == Shape.STOCK ? 0.05 : 0.06;
  }

  private SeriesPlan ratePlan(
      Indicator indicator, Region region, List<PlanTarget> targets, SplittableRandom random) {
    int lo = config.firstInternalYear();
    int hi = config.lastYear();
    boolean growthIndicator = indicator.measure() == io.planwatch.domain.model.Measure.YTD_GROWTH;
    List<PlanTarget> usable =
        targets.stream()
            .filter(
                t ->
                    GrowthTargets.isGrowth(t) == growthIndicator
                        || t.kind() == TargetKind.RATE_BOUND)
            .toList();
    Map<Integer, Double> known = new TreeMap<>();
    for (int year = lo; year <= hi; year++) {
      for (PlanTarget target : usable) {
        MilestoneResult milestone = MilestoneResolver.resolve(target, targets, year);
        if (milestone.isResolved()) {
          boolean reduction = target.kind() == TargetKind.REDUCTION;
          known.put(year, reduction ? -milestone.value() : milestone.value());
          break;
        }
      }
    }
    double fallback =
        usable.isEmpty() ? Magnitudes.of(indicator, region, random) : usable.get(0).value();
    Map<Integer, Double> path = new TreeMap<>();
    for (int year = lo; year <= hi; year++) {
      path.put(year, nearest(known, year).orElse(fallback));
    }
    PlanTarget first = usable.isEmpty() ? null : usable.get(0);
    boolean higher =
        first != null
            ? TargetReading.higherIsBetter(first, indicator)
            : indicator.direction() == Direction.HIGHER_IS_BETTER;
    boolean about =
        first != null
            && (first.comparator() == io.planwatch.domain.model.Comparator.ABOUT
                || first.comparator() == io.planwatch.domain.model.Comparator.HOLD);
    boolean percent = "%".equals(indicator.unit());
    double scale = percent ? 1.0 : Math.max(1e-6, Math.abs(fallback)) / 100.0;
    return new SeriesPlan(
        indicator,
        region,
        targets,
        Shape.RATE,
        SeasonalProfile.EVEN,
        path,
        false,
        0.15 * scale,
        higher ? 1 : -1,
        about ? 0 : RATE_MARGIN_PP * scale);
  }

  private static Optional<Double> nearest(Map<Integer, Double> known, int year) {
    return known.entrySet().stream()
        .min(
            Comparator.comparingInt((Map.Entry<Integer, Double> e) -> Math.abs(e.getKey() - year))
                .thenComparingInt(Map.Entry::getKey))
        .map(Map.Entry::getValue);
  }
}
