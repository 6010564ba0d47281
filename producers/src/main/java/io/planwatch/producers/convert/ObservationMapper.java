package io.planwatch.producers.convert;

import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.ObservationStatus;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.PriceBasis;

/**
 * Observation ↔ Avro {@code StatisticalObservation} (topic {@code stats.observations}, key:
 * indicator|region|period|measure). On the publishing hot path: the all-arguments constructor
 * avoids the builder's per-field validation and default look-ups.
 */
public final class ObservationMapper {
  private ObservationMapper() {}

  /** The Avro record of {@code observation}. */
  public static StatisticalObservation toAvro(Observation observation) {
    return new StatisticalObservation(
        observation.indicatorCode(),
        observation.regionCode(),
        new io.planwatch.avro.Period(observation.period().year(), observation.period().month()),
        EnumMapping.map(observation.measure(), io.planwatch.avro.Measure.class),
        observation.value(),
        observation.unit(),
        EnumMapping.map(observation.priceBasis(), io.planwatch.avro.PriceBasis.class),
        EnumMapping.map(observation.frequency(), io.planwatch.avro.Frequency.class),
        EnumMapping.map(observation.status(), io.planwatch.avro.ObservationStatus.class),
        observation.releaseId(),
        observation.revision(),
        observation.publishedAt(),
        observation.source());
  }

  /** The domain observation of an Avro record. */
  public static Observation toDomain(StatisticalObservation avro) {
    return new Observation(
        avro.getIndicatorCode(),
        avro.getRegionCode(),
        new Period(avro.getPeriod().getYear(), avro.getPeriod().getMonth()),
        EnumMapping.map(avro.getMeasure(), Measure.class),
        avro.getValue(),
        avro.getUnit(),
        EnumMapping.map(avro.getPriceBasis(), PriceBasis.class),
        EnumMapping.map(avro.getFrequency(), Frequency.class),
        EnumMapping.map(avro.getStatus(), ObservationStatus.class),
        avro.getReleaseId(),
        avro.getRevision(),
        avro.getPublishedAt(),
        avro.getSource());
  }

  /**
   * The Kafka key: {@code indicator|region|period|measure}, e.g. {@code
   * gdp|210112|2022-06|YTD_LEVEL}; the same text as {@link Observation#key()}, built without {@code
   * String.format} because it runs once per published row.
   */
  public static String key(Observation observation) {
    Period period = observation.period();
    StringBuilder key =
        new StringBuilder(
            observation.indicatorCode().length() + observation.regionCode().length() + 24);
    key.append(observation.indicatorCode())
        .append('|')
        .append(observation.regionCode())
        .append('|');
    appendPadded(key, period.year(), 4);
    key.append('-');
    appendPadded(key, period.month(), 2);
    return key.append('|').append(observation.measure().name()).toString();
  }

  private static void appendPadded(StringBuilder key, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      key.append('0');
    }
    key.append(digits);
  }
}
