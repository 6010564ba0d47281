package io.planwatch.producers.ingest;

import io.planwatch.domain.model.Direction;
import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.PriceBasis;
import io.planwatch.domain.model.Region;
import io.planwatch.domain.model.RegionKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A few real indicators and regions of the seed plans, and a fixed clock in July 2022. */
public final class ReferenceFixtures {
  /** 2022-07-20 10:00 in Shanghai: the June figures are out, August is in the future. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2022-07-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  public static final Indicator GDP =
      new Indicator(
          "gdp",
          "地区生产总值",
          "Gross regional product",
          "亿元",
          Measure.YTD_LEVEL,
          Frequency.QUARTERLY,
          PriceBasis.CURRENT,
          Direction.HIGHER_IS_BETTER,
          true,
          null);
  public static final Indicator INDUSTRIAL_VALUE_ADDED =
      new Indicator(
          "industrial_value_added",
          "规模以上工业增加值",
          "Value added of industry above designated size",
          "%",
          Measure.YTD_GROWTH,
          Frequency.MONTHLY,
          PriceBasis.COMPARABLE,
          Direction.HIGHER_IS_BETTER,
          false,
          null);
  public static final Indicator UNEMPLOYMENT =
      new Indicator(
          "urban_unemployment_rate",
          "城镇调查失业率",
          "Surveyed urban unemployment rate",
          "%",
          Measure.RATE,
          Frequency.MONTHLY,
          PriceBasis.NOT_APPLICABLE,
          Direction.LOWER_IS_BETTER,
          false,
          null);
  public static final Indicator RETAIL_SALES =
      new Indicator(
          "retail_sales",
          "社会消费品零售总额",
          "Total retail sales of consumer goods",
          "亿元",
          Measure.YTD_LEVEL,
          Frequency.MONTHLY,
          PriceBasis.CURRENT,
          Direction.HIGHER_IS_BETTER,
          true,
          null);
  public static final Indicator FDI =
      new Indicator(
          "fdi_actually_utilized",
          "实际利用外资",
          "Foreign direct investment actually utilized",
          "亿美元",
          Measure.YTD_LEVEL,
          Frequency.MONTHLY,
          PriceBasis.CURRENT,
          Direction.HIGHER_IS_BETTER,
          true,
          null);

  public static final Region LIAONING =
      new Region("210000", "辽宁省", "Liaoning Province", RegionKind.PROVINCE, null, List.of());
  public static final Region SHENYANG =
      new Region("210100", "沈阳市", "Shenyang", RegionKind.CITY, "210000", List.of());
  public static final Region HEPING =
      new Region("210102", "和平区", "Heping District", RegionKind.DISTRICT, "210100", List.of());
  public static final Region HUNNAN =
      new Region("210112", "浑南区", "Hunnan District", RegionKind.DISTRICT, "210100", List.of());

  private ReferenceFixtures() {}

  /** The reference data, accepting any project id. */
  public static ReferenceData reference() {
    return reference(null);
  }

  /** The reference data with a project list. */
  public static ReferenceData reference(List<String> projectIds) {
    return new InMemoryReferenceData(
        List.of(GDP, INDUSTRIAL_VALUE_ADDED, UNEMPLOYMENT, RETAIL_SALES, FDI),
        List.of(LIAONING, SHENYANG, HEPING, HUNNAN),
        projectIds);
  }
}
