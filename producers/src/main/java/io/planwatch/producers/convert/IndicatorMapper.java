package io.planwatch.producers.convert;

import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.domain.model.Bands;
import io.planwatch.domain.model.Direction;
import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.PriceBasis;

/** Indicator ↔ Avro {@code IndicatorDefinition} (topic {@code reference.indicators}). */
public final class IndicatorMapper {
  private IndicatorMapper() {}

  /** The Avro record of {@code indicator}; bands stay null when the defaults apply. */
  public static IndicatorDefinition toAvro(Indicator indicator) {
    Bands bands = indicator.bands();
    return IndicatorDefinition.newBuilder()
        .setCode(indicator.code())
        .setNameZh(indicator.nameZh())
        .setNameEn(indicator.nameEn())
        .setUnit(indicator.unit())
        .setMeasure(EnumMapping.map(indicator.measure(), io.planwatch.avro.Measure.class))
        .setFrequency(EnumMapping.map(indicator.frequency(), io.planwatch.avro.Frequency.class))
        .setPriceBasis(EnumMapping.map(indicator.priceBasis(), io.planwatch.avro.PriceBasis.class))
        .setDirection(EnumMapping.map(indicator.direction(), io.planwatch.avro.Direction.class))
        .setAdditive(indicator.additive())
        .setBands(
            bands == null
                ? null
                : new io.planwatch.avro.Bands(bands.ahead(), bands.onTrack(), bands.behind()))
        .build();
  }

  /** The domain indicator of an Avro record. */
  public static Indicator toDomain(IndicatorDefinition avro) {
    io.planwatch.avro.Bands bands = avro.getBands();
    return new Indicator(
        avro.getCode(),
        avro.getNameZh(),
        avro.getNameEn(),
        avro.getUnit(),
        EnumMapping.map(avro.getMeasure(), Measure.class),
        EnumMapping.map(avro.getFrequency(), Frequency.class),
        EnumMapping.map(avro.getPriceBasis(), PriceBasis.class),
        EnumMapping.map(avro.getDirection(), Direction.class),
        avro.getAdditive(),
        bands == null ? null : new Bands(bands.getAhead(), bands.getOnTrack(), bands.getBehind()));
  }

  /** The Kafka key: the indicator code. */
  public static String key(Indicator indicator) {
    return indicator.code();
  }
}
