package io.planwatch.domain.pace;

import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Comparator;
import io.planwatch.domain.model.Direction;
import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.PriceBasis;
import io.planwatch.domain.model.Region;
import io.planwatch.domain.model.RegionKind;
import io.planwatch.domain.model.SourceRef;
import io.planwatch.domain.model.TargetKind;

/**
 * Indicators, regions and targets from the seed plans (see {@code plans/} for the lines). Values
 * that are not in the plans (last year's profiles, observed figures) are made up in the tests and
 * say so.
 */
final class SeedFixtures {
  private SeedFixtures() {}

  static final String HUNNAN_PLAN = "000_b20c9fafa9e76511.txt";
  static final String SHENYANG_2022 = "002_0c3f07806a4ed513.txt";
  static final String HUNNAN_2022 = "003_014f67275c7d4a81.txt";
  static final String LIAONING_PLAN = "004_d8f660d016160240.txt";

  static final Region HUNNAN =
      new Region("210112", "浑南区", "Hunnan District", RegionKind.DISTRICT, "210100", null);
  static final Region SHENYANG =
      new Region("210100", "沈阳市", "Shenyang", RegionKind.CITY, "210000", null);
  static final Region LIAONING =
      new Region("210000", "辽宁省", "Liaoning", RegionKind.PROVINCE, null, null);

  static final Indicator GDP =
      indicator("gdp", "地区生产总值", "GDP", "亿元", Measure.YTD_LEVEL, Direction.HIGHER_IS_BETTER);
  static final Indicator HIGH_TECH_ENTERPRISES =
      indicator(
          "high_tech_enterprises",
          "高新技术企业",
          "high-tech enterprises",
          "家",
          Measure.PERIOD_LEVEL,
          Direction.HIGHER_IS_BETTER);
  static final Indicator INDUSTRIAL_VALUE_ADDED =
      indicator(
          "industrial_value_added",
          "规模以上工业增加值",
          "industrial value added above designated size",
          "%",
          Measure.YTD_GROWTH,
          Direction.HIGHER_IS_BETTER);
  static final Indicator GDP_GROWTH =
      indicator("gdp_growth", "地区生产总值", "GDP", "%", Measure.YTD_GROWTH, Direction.HIGHER_IS_BETTER);
  static final Indicator UNEMPLOYMENT =
      indicator(
          "urban_registered_unemployment_rate",
          "城镇登记失业率",
          "urban registered unemployment rate",
          "%",
          Measure.RATE,
          Direction.LOWER_IS_BETTER);
  static final Indicator GOOD_AIR_DAYS =
      indicator(
          "good_air_days_ratio",
          "空气质量优良天数比率",
          "share of good-air days",
          "%",
          Measure.RATE,
          Direction.HIGHER_IS_BETTER);

  /** Reported as the YTD change of water use per 10,000 yuan of GDP ("累计下降" → negative). */
  static final Indicator WATER_USE_PER_GDP =
      indicator(
          "water_use_per_10k_gdp",
          "万元地区生产总值用水量",
          "water use per 10,000 yuan of GDP",
          "%",
          Measure.YTD_GROWTH,
          Direction.LOWER_IS_BETTER);

  /** Hunnan GDP 579.1 (2020) → 1000 亿元 (2025), plan 000 line 48. */
  static final PlanTarget HUNNAN_GDP_2025 =
      new PlanTarget(
          "hunnan-gdp-2025",
          "gdp",
          "210112",
          TargetKind.END_OF_PERIOD_LEVEL,
          Comparator.REACH,
          1000,
          579.1,
          2020,
          2025,
          Attribute.NOT_STATED,
          false,
          new SourceRef(HUNNAN_PLAN, 48),
          null);

  /** Hunnan high-tech enterprises 786 (2020) → 2000 (2025), plan 000 line 50. */
  static final PlanTarget HUNNAN_HIGH_TECH_2025 =
      new PlanTarget(
          "hunnan-high-tech-2025",
          "high_tech_enterprises",
          "210112",
          TargetKind.END_OF_PERIOD_LEVEL,
          Comparator.REACH,
          2000,
          786.0,
          2020,
          2025,
          Attribute.NOT_STATED,
          false,
          new SourceRef(HUNNAN_PLAN, 50),
          null);

  /** Hunnan 2022: 全年高企总量要超过1400家, doc 003 line 20. */
  static final PlanTarget HUNNAN_HIGH_TECH_2022 =
      new PlanTarget(
          "hunnan-high-tech-2022",
          "high_tech_enterprises",
          "210112",
          TargetKind.ANNUAL_LEVEL,
          Comparator.AT_LEAST,
          1400,
          null,
          2021,
          2022,
          Attribute.NOT_STATED,
          false,
          new SourceRef(HUNNAN_2022, 20),
          null);

  /** Shenyang 2022: 规模以上工业增加值增长12%, doc 002 line 13. */
  static final PlanTarget SHENYANG_INDUSTRY_2022 =
      annual(
          "shenyang-industrial-va-2022",
          "industrial_value_added",
          TargetKind.ANNUAL_GROWTH,
          Comparator.REACH,
          12,
          13);

  /** Shenyang 2022: 地区生产总值增长8%左右, doc 002 line 11. */
  static final PlanTarget SHENYANG_GDP_GROWTH_2022 =
      annual(
          "shenyang-gdp-growth-2022",
          "gdp_growth",
          TargetKind.ANNUAL_GROWTH,
          Comparator.ABOUT,
          8,
          11);

  /** Shenyang 2022: 城镇登记失业率3.7%以内, doc 002 line 23. */
  static final PlanTarget SHENYANG_UNEMPLOYMENT_2022 =
      annual(
          "shenyang-unemployment-2022",
          "urban_registered_unemployment_rate",
          TargetKind.RATE_BOUND,
          Comparator.AT_MOST,
          3.7,
          23);

  /** Shenyang 2022: 空气质量优良天数比率达到80%以上, doc 002 line 23. */
  static final PlanTarget SHENYANG_GOOD_AIR_2022 =
      annual(
          "shenyang-good-air-2022",
          "good_air_days_ratio",
          TargetKind.RATE_BOUND,
          Comparator.AT_LEAST,
          80,
          23);

  /**
   * Liaoning: 万元地区生产总值用水量较2020年下降12% by 2025, plan 004 line 1456. The plan does not label it; the
   * national convention (binding, 约束性) is assumed here to test the binding rule. The
   * energy-intensity row of the same plan has no number in the text.
   */
  static final PlanTarget LIAONING_WATER_USE_2025 =
      new PlanTarget(
          "liaoning-water-use-per-gdp-2025",
          "water_use_per_10k_gdp",
          "210000",
          TargetKind.REDUCTION,
          Comparator.AT_LEAST,
          12,
          null,
          2020,
          2025,
          Attribute.BINDING,
          false,
          new SourceRef(LIAONING_PLAN, 1456),
          null);

  static PlanTarget annual(
      String id, String indicator, TargetKind kind, Comparator comparator, double value, int line) {
    return new PlanTarget(
        id,
        indicator,
        "210100",
        kind,
        comparator,
        value,
        null,
        2021,
        2022,
        Attribute.NOT_STATED,
        false,
        new SourceRef(SHENYANG_2022, line),
        null);
  }

  static Indicator indicator(
      String code, String zh, String en, String unit, Measure measure, Direction direction) {
    return new Indicator(
        code,
        zh,
        en,
        unit,
        measure,
        Frequency.MONTHLY,
        unit.equals("亿元") ? PriceBasis.CURRENT : PriceBasis.NOT_APPLICABLE,
        direction,
        false,
        null);
  }

  static PlanTarget with(PlanTarget t, Comparator comparator, Attribute attribute) {
    return new PlanTarget(
        t.id(),
        t.indicatorCode(),
        t.regionCode(),
        t.kind(),
        comparator,
        t.value(),
        t.baseValue(),
        t.baseYear(),
        t.targetYear(),
        attribute,
        t.soft(),
        t.source(),
        t.note());
  }
}
