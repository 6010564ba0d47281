package io.planwatch.streams.bench;

import io.planwatch.avro.Attribute;
import io.planwatch.avro.Comparator;
import io.planwatch.avro.Direction;
import io.planwatch.avro.Frequency;
import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.avro.Measure;
import io.planwatch.avro.ObservationStatus;
import io.planwatch.avro.Period;
import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.PriceBasis;
import io.planwatch.avro.Region;
import io.planwatch.avro.RegionKind;
import io.planwatch.avro.SourceRef;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.avro.TargetKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic country for the benchmark: cities of 28 counties each (GB/T 2260-like codes), and
 * indicators cycling through the four measures a bureau reports: YTD flows, YTD growth, stocks and
 * rates, with the plan-period targets a five-year plan sets for each (2020 base, 2025 target).
 * Every value is derived from a fixed seed, so two runs publish the same bytes. Public for the
 * golden outputs of the topology ({@code io.planwatch.streams.golden}), which replay a small
 * nation.
 */
public final class SyntheticNation {
  static final int BASE_YEAR = 2020;
  static final int TARGET_YEAR = 2025;
  public static final int FIRST_YEAR = 2022;
  private static final int COUNTIES_PER_CITY = 28;
  private static final int KINDS = 4;

  private final int counties;
  private final int indicators;

  public SyntheticNation(final int counties, final int indicators) {
    this.counties = counties;
    this.indicators = indicators;
  }

  int counties() {
    return counties;
  }

  int indicators() {
    return indicators;
  }

  /** Every (indicator, county) pair: the number of series. */
  int series() {
    return counties * indicators;
  }

  static String cityCode(final int city) {
    return String.format("%04d00", 1000 + city);
  }

  static String countyCode(final int county) {
    return cityCode(county / COUNTIES_PER_CITY)
        + String.format("%02d", county % COUNTIES_PER_CITY + 1);
  }

  static String indicatorCode(final int indicator) {
    return String.format("bench_%02d_%s", indicator, measure(indicator).name().toLowerCase());
  }

  /** Indicators cycle: YTD_LEVEL flow, YTD_GROWTH, PERIOD_LEVEL stock, RATE. */
  static Measure measure(final int indicator) {
    return switch (indicator % KINDS) {
      case 0 -> Measure.YTD_LEVEL;
      case 1 -> Measure.YTD_GROWTH;
      case 2 -> Measure.PERIOD_LEVEL;
      default -> Measure.RATE;
    };
  }

  private static String unit(final int indicator) {
    return switch (measure(indicator)) {
      case YTD_LEVEL -> "亿元";
      case YTD_GROWTH, RATE -> "%";
      case PERIOD_LEVEL -> "户";
    };
  }

  public List<Region> regions() {
    final List<Region> regions = new ArrayList<>();
    final int cities = (counties + COUNTIES_PER_CITY - 1) / COUNTIES_PER_CITY;
    for (int c = 0; c < cities; c++) {
      regions.add(
          new Region(cityCode(c), "城市" + c, "City " + c, RegionKind.CITY, null, List.of(), false));
    }
    for (int i = 0; i < counties; i++) {
      regions.add(
          new Region(
              countyCode(i),
              "县" + i,
              "County " + i,
              RegionKind.COUNTY,
              cityCode(i / COUNTIES_PER_CITY),
              List.of(),
              true));
    }
    return regions;
  }

  public List<IndicatorDefinition> indicatorDefinitions() {
    final List<IndicatorDefinition> list = new ArrayList<>();
    for (int i = 0; i < indicators; i++) {
      final Measure measure = measure(i);
      list.add(
          new IndicatorDefinition(
              indicatorCode(i),
              "指标" + i,
              "Indicator " + i,
              unit(i),
              measure,
              Frequency.MONTHLY,
              measure == Measure.YTD_GROWTH ? PriceBasis.COMPARABLE : PriceBasis.CURRENT,
              Direction.HIGHER_IS_BETTER,
              measure == Measure.YTD_LEVEL || measure == Measure.PERIOD_LEVEL,
              null));
    }
    return list;
  }

  /** One target per flow, stock and rate series; two per growth series (a pace and a ceiling). */
  public List<PlanTarget> targets() {
    final List<PlanTarget> list = new ArrayList<>();
    for (int i = 0; i < indicators; i++) {
      for (int r = 0; r < counties; r++) {
        final String region = countyCode(r);
        final String prefix = indicatorCode(i) + "." + region + ".";
        switch (measure(i)) {
          case YTD_LEVEL ->
              list.add(target(prefix + "level", i, region, TargetKind.END_OF_PERIOD_LEVEL, 160.0));
          case YTD_GROWTH -> {
            list.add(target(prefix + "growth", i, region, TargetKind.AVERAGE_ANNUAL_GROWTH, 6.0));
            list.add(target(prefix + "ceiling", i, region, TargetKind.RATE_BOUND, 15.0));
          }
          case PERIOD_LEVEL ->
              list.add(target(prefix + "stock", i, region, TargetKind.END_OF_PERIOD_LEVEL, 1500.0));
          case RATE -> list.add(target(prefix + "rate", i, region, TargetKind.RATE_BOUND, 80.0));
        }
      }
    }
    return list;
  }

  private static PlanTarget target(
      final String id,
      final int indicator,
      final String region,
      final TargetKind kind,
      final double value) {
    final boolean level = kind == TargetKind.END_OF_PERIOD_LEVEL;
    final boolean ceiling =
        kind == TargetKind.RATE_BOUND && measure(indicator) == Measure.YTD_GROWTH;
    return new PlanTarget(
        id,
        indicatorCode(indicator),
        region,
        kind,
        ceiling ? Comparator.AT_MOST : Comparator.AT_LEAST,
        value,
        kind == TargetKind.AVERAGE_ANNUAL_GROWTH || ceiling ? "%" : unit(indicator),
        level ? value / 1.6 : null,
        level || kind == TargetKind.AVERAGE_ANNUAL_GROWTH ? BASE_YEAR : null,
        TARGET_YEAR,
        Attribute.EXPECTED,
        false,
        new SourceRef("synthetic benchmark plan", 1),
        null);
  }

  /**
   * The figures of the {@code m}th month from January {@link #FIRST_YEAR} (0-based), as the
   * benchmark publishes them: one release per month ({@code bench-YYYY-MM}, published on the 15th
   * of the next month), indicator by indicator, county by county.
   */
  public List<StatisticalObservation> month(final int m) {
    final int year = FIRST_YEAR + m / 12;
    final int month = m % 12 + 1;
    final String release = String.format("bench-%04d-%02d", year, month);
    final Instant publishedAt =
        Instant.parse(String.format("%04d-%02d-15T02:00:00Z", year, month))
            .plus(Duration.ofDays(30));
    final List<StatisticalObservation> list = new ArrayList<>(indicators * counties);
    for (int i = 0; i < indicators; i++) {
      for (int r = 0; r < counties; r++) {
        list.add(observation(i, r, year, month, release, publishedAt));
      }
    }
    return list;
  }

  /**
   * The figure of series {@code (indicator, county)} for {@code year}-{@code month}: a YTD flow
   * grows through the year, growth and rates wander around their targets, stocks creep up.
   */
  StatisticalObservation observation(
      final int indicator,
      final int county,
      final int year,
      final int month,
      final String releaseId,
      final Instant publishedAt) {
    final SplittableRandom random =
        new SplittableRandom(
            ((long) indicator * 1_000_003L + county) * 10_007L + year * 13L + month);
    final double noise = 0.9 + 0.2 * random.nextDouble();
    final Measure measure = measure(indicator);
    final double value =
        switch (measure) {
          case YTD_LEVEL -> 100.0 * Math.pow(1.1, year - BASE_YEAR) * month / 12.0 * noise;
          case YTD_GROWTH -> 6.0 * noise + (random.nextDouble() - 0.5) * 4.0;
          case PERIOD_LEVEL -> 1000.0 * Math.pow(1.08, year - BASE_YEAR + month / 12.0) * noise;
          case RATE -> 80.0 * noise;
        };
    return StatisticalObservation.newBuilder()
        .setIndicatorCode(indicatorCode(indicator))
        .setRegionCode(countyCode(county))
        .setPeriod(new Period(year, month))
        .setMeasure(measure)
        .setValue(Math.round(value * 100.0) / 100.0)
        .setUnit(unit(indicator))
        .setPriceBasis(measure == Measure.YTD_GROWTH ? PriceBasis.COMPARABLE : PriceBasis.CURRENT)
        .setFrequency(Frequency.MONTHLY)
        .setStatus(ObservationStatus.PROVISIONAL)
        .setReleaseId(releaseId)
        .setRevision(0)
        .setPublishedAt(publishedAt)
        .setSource("synthetic benchmark")
        .build();
  }
}
