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
  private static final io.planwatch.avro.Measure[] MEASURES =
      EnumMapping.counterparts(Measure.class, io.planwatch.avro.Measure.class);
  private static final io.planwatch.avro.PriceBasis[] PRICE_BASES =
      EnumMapping.counterparts(PriceBasis.class, io.planwatch.avro.PriceBasis.class);
  private static final io.planwatch.avro.Frequency[] FREQUENCIES =
      EnumMapping.counterparts(Frequency.class, io.planwatch.avro.Frequency.class);
  private static final io.planwatch.avro.ObservationStatus[] STATUSES =
      EnumMapping.counterparts(ObservationStatus.class, io.planwatch.avro.ObservationStatus.class);

  private ObservationMapper() {}

  /** The Avro record of {@code observation}. */
  public static StatisticalObservation toAvro(Observation observation) {
    return new StatisticalObservation(
        observation.indicatorCode(),
        observation.regionCode(),
        new io.planwatch.avro.Period(observation.period().year(), observation.period().month()),
        EnumMapping.map(observation.measure(), MEASURES, io.planwatch.avro.Measure.class),
        observation.value(),
        observation.unit(),
        EnumMapping.map(observation.priceBasis(), PRICE_BASES, io.planwatch.avro.PriceBasis.class),
        EnumMapping.map(observation.frequency(), FREQUENCIES, io.planwatch.avro.Frequency.class),
        EnumMapping.map(observation.status(), STATUSES, io.planwatch.avro.ObservationStatus.class),
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
}
