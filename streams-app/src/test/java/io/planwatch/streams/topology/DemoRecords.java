package io.planwatch.streams.topology;

import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.avro.Measure;
import io.planwatch.avro.Region;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.model.PlanTarget;

/**
 * The topology tests' {@link AvroFixtures} for tests in other packages (the dashboard's browser
 * test publishes the same records on a real broker), with the contract key of an observation.
 */
public final class DemoRecords {

  private DemoRecords() {}

  public static Region region(final String code) {
    return AvroFixtures.region(code);
  }

  public static IndicatorDefinition indicator(final String code) {
    return AvroFixtures.indicator(code);
  }

  public static io.planwatch.avro.PlanTarget target(final PlanTarget target) {
    return AvroFixtures.target(target);
  }

  public static StatisticalObservation observation(
      final String indicator,
      final String region,
      final int year,
      final int month,
      final Measure measure,
      final double value,
      final String releaseId) {
    return AvroFixtures.observation(indicator, region, year, month, measure, value, releaseId, 0);
  }

  /** {@code indicator|region|YYYY-MM|measure}, as on {@code stats.observations}. */
  public static String key(final StatisticalObservation o) {
    return SeriesKeys.observation(o);
  }

  /** {@code indicator|region}: the series an observation belongs to. */
  public static String series(final StatisticalObservation o) {
    return SeriesKeys.series(o);
  }
}
