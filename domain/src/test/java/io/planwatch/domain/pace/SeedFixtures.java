package io.planwatch.domain.pace;

import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Bands;
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
public final class SeedFixtures {
  private SeedFixtures() {}

  public static final String HUNNAN_PLAN = "000_b20c9fafa9e76511.txt";
  public static final String SHENYANG_2022 = "002_0c3f07806a4ed513.txt";
  public static final String HUNNAN_2022 = "003_014f67275c7d4a81.txt";
  public static final String LIAONING_PLAN = "004_d8f660d016160240.txt";

  public static final Region HUNNAN =
      new Region("210112", "浑南区", "Hunnan District", RegionKind.DISTRICT, "210100", null);
  public static final Region SHENYANG =
      new Region("210100", "沈阳市", "Shenyang", RegionKind.CITY, "210000", null);
  public static final Region LIAONING =
      new Region("210000", "辽宁省", "Liaoning", RegionKind.PROVINCE, null, null);

  public static final Indicator GDP =
      indicator("gdp", "地区生产总值", "GDP", "亿元", Measure.YTD_LEVEL, Direction.HIGHER_IS_BETTER);
  public static final Indicator HIGH_TECH_ENTERPRISES =
      indicator(
          "high_tech_enterprises",
          "高新技术企业",
          "high-tech enterprises",
          "家",
          Measure.PERIOD_LEVEL,
          Direction.HIGHER_IS_BETTER);
  public static final Indicator INDUSTRIAL_VALUE_ADDED =
      indicator(
          "industrial_value_added",
          "规模以上工业增加值",
          "industrial value added above designated size",
          "%",
          Measure.YTD_GROWTH,
          Direction.HIGHER_IS_BETTER);
  public static final Indicator GDP_GROWTH =
      indicator("gdp_growth", "地区生产总值", "GDP", "%", Measure.YTD_GROWTH, Direction.HIGHER_IS_BETTER);
  public static final Indicator UNEMPLOYMENT =
      indicator(
          "urban_registered_unemployment_rate",
          "城镇登记失业率",
          "urban registered unemployment rate",
          "%",
          Measure.RATE,
          Direction.LOWER_IS_BETTER);
  public static final Indicator GOOD_AIR_DAYS =
      indicator(
          "good_air_days_ratio",
          "空气质量优良天数比率",
          "share of good-air days",
          "%",
          Measure.RATE,
          Direction.HIGHER_IS_BETTER);

  /** Reported as the YTD change of water use per 10,000 yuan of GDP ("累计下降" → negative). */
  public static final Indicator WATER_USE_PER_GDP =
      indicator(
          "water_use_per_10k_gdp",
          "万元地区生产总值用水量",
          "water use per 10,000 yuan of GDP",
          "%",
          Measure.YTD_GROWTH,
          Direction.LOWER_IS_BETTER);

  /** Hunnan GDP 579.1 (2020) → 1000 亿元 (2025), plan 000 line 48. */
  public static final PlanTarget HUNNAN_GDP_2025 =
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
  public static final PlanTarget HUNNAN_HIGH_TECH_2025 =
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
  public static final PlanTarget HUNNAN_HIGH_TECH_2022 =
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
  public static final PlanTarget SHENYANG_INDUSTRY_2022 =
      annual(
          "shenyang-industrial-va-2022",
          "industrial_value_added",
          TargetKind.ANNUAL_GROWTH,
          Comparator.REACH,
          12,
          13);

  /** Shenyang 2022: 地区生产总值增长8%左右, doc 002 line 11. */
  public static final PlanTarget SHENYANG_GDP_GROWTH_2022 =
      annual(
          "shenyang-gdp-growth-2022",
          "gdp_growth",
          TargetKind.ANNUAL_GROWTH,
          Comparator.ABOUT,
          8,
          11);

  /** Shenyang 2022: 城镇登记失业率3.7%以内, doc 002 line 23. */
  public static final PlanTarget SHENYANG_UNEMPLOYMENT_2022 =
      annual(
          "shenyang-unemployment-2022",
          "urban_registered_unemployment_rate",
          TargetKind.RATE_BOUND,
          Comparator.AT_MOST,
          3.7,
          23);

  /** Shenyang 2022: 空气质量优良天数比率达到80%以上, doc 002 line 23. */
  public static final PlanTarget SHENYANG_GOOD_AIR_2022 =
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
  public static final PlanTarget LIAONING_WATER_USE_2025 =
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

  public static PlanTarget annual(
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

  public static Indicator indicator(
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

  public static PlanTarget with(PlanTarget t, Comparator comparator, Attribute attribute) {
    return rebuild(t, t.id(), t.regionCode(), comparator, attribute, t.soft());
  }

  /** A copy with another attribute and soft flag. */
  public static PlanTarget withAttribute(PlanTarget t, Attribute attribute, boolean soft) {
    return rebuild(t, t.id(), t.regionCode(), t.comparator(), attribute, soft);
  }

  /** A copy under another id and region. */
  public static PlanTarget copy(PlanTarget t, String id, String region) {
    return rebuild(t, id, region, t.comparator(), t.attribute(), t.soft());
  }

  private static PlanTarget rebuild(
      PlanTarget t,
      String id,
      String region,
      Comparator comparator,
      Attribute attribute,
      boolean soft) {
    return new PlanTarget(
        id,
        t.indicatorCode(),
        region,
        t.kind(),
        comparator,
        t.value(),
        t.baseValue(),
        t.baseYear(),
        t.targetYear(),
        attribute,
        soft,
        t.source(),
        t.note());
  }

  /** A synthetic target on indicator {@code x} in Hunnan, id {@code p-KIND}. */
  public static PlanTarget plan(
      TargetKind kind,
      Comparator comparator,
      Attribute attribute,
      double value,
      Double base,
      Integer baseYear,
      int targetYear) {
    return new PlanTarget(
        "p-" + kind,
        "x",
        "210112",
        kind,
        comparator,
        value,
        base,
        baseYear,
        targetYear,
        attribute,
        false,
        new SourceRef("synthetic", 1),
        null);
  }

  /** A synthetic indicator {@code x}. */
  public static Indicator indicator(Measure measure, Direction direction, Bands bands) {
    return new Indicator(
        "x",
        "指标",
        "indicator",
        "单位",
        measure,
        Frequency.MONTHLY,
        PriceBasis.NOT_APPLICABLE,
        direction,
        false,
        bands);
  }
}
