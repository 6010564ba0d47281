package io.planwatch.producers.simulate;

import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Region;
import java.util.Map;
import java.util.SplittableRandom;

/** Plausible sizes for series that no target gives a figure for, scaled by the region's kind. */
final class Magnitudes {
  private static final Map<String, Double> CITY_MAGNITUDE =
      Map.of(
          "gdp", 6500.0,
          "industrial_value_added", 1500.0,
          "retail_sales", 3800.0,
          "fixed_asset_investment", 2600.0,
          "general_budget_revenue", 730.0);

  private Magnitudes() {}

  /** A plausible size for a series without any target figure, scaled by the region's kind. */
  static double of(Indicator indicator, Region region, SplittableRandom random) {
    String unit = indicator.unit();
    Double city = CITY_MAGNITUDE.get(indicator.code());
    double base;
    boolean perCapitaOrShare = false;
    if (city != null) {
      base = city;
    } else if ("%".equals(unit)) {
      base = 50;
      perCapitaOrShare = true;
    } else if ("元".equals(unit)) {
      base = 45000;
      perCapitaOrShare = true;
    } else if ("天".equals(unit)) {
      base = 300;
      perCapitaOrShare = true;
    } else if ("亿元".equals(unit)) {
      base = 150;
    } else if ("亿美元".equals(unit)) {
      base = 10;
    } else if (unit.startsWith("万")) {
      base = 30;
    } else {
      base = 500;
    }
    double jitter = 0.8 + 0.4 * random.nextDouble();
    return perCapitaOrShare ? base * jitter : base * kindFactor(region) * jitter;
  }

  private static double kindFactor(Region region) {
    if ("210100".equals(region.code())) {
      return 1.0;
    }
    return switch (region.kind()) {
      case PROVINCE -> 4.2;
      case CITY -> 0.45;
      case DISTRICT -> 0.09;
      case COUNTY, COUNTY_LEVEL_CITY -> 0.035;
      case ZONE -> 0.04;
    };
  }
}
