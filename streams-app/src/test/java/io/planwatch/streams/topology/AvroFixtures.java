package io.planwatch.streams.topology;

import io.planwatch.avro.Bands;
import io.planwatch.avro.Direction;
import io.planwatch.avro.Frequency;
import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.avro.Measure;
import io.planwatch.avro.ObservationStatus;
import io.planwatch.avro.Period;
import io.planwatch.avro.PriceBasis;
import io.planwatch.avro.RegionGroupRef;
import io.planwatch.avro.RegionKind;
import io.planwatch.avro.SourceRef;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.avro.TargetKind;
import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.Region;
import java.time.Instant;
import java.util.List;

/** Catalogue rows and observations as the Avro records the producers publish. */
public final class AvroFixtures {
  /** The seed plans' catalogue, loaded once: it is immutable. */
  public static final Catalogue CATALOGUE = Catalogue.loadDefault();

  private AvroFixtures() {}

  public static io.planwatch.avro.Region region(final String code) {
    final Region r = CATALOGUE.region(code).orElseThrow();
    final List<RegionGroupRef> groups =
        r.groups().stream()
            .map(g -> CATALOGUE.group(g).orElseThrow())
            .map(g -> new RegionGroupRef(g.code(), g.nameZh(), g.nameEn()))
            .toList();
    return new io.planwatch.avro.Region(
        r.code(),
        r.nameZh(),
        r.nameEn(),
        RegionKind.valueOf(r.kind().name()),
        r.parentCode(),
        groups,
        r.rollsUp());
  }

  public static IndicatorDefinition indicator(final String code) {
    final Indicator i = CATALOGUE.indicator(code).orElseThrow();
    return new IndicatorDefinition(
        i.code(),
        i.nameZh(),
        i.nameEn(),
        i.unit(),
        Measure.valueOf(i.measure().name()),
        Frequency.valueOf(i.frequency().name()),
        PriceBasis.valueOf(i.priceBasis().name()),
        Direction.valueOf(i.direction().name()),
        i.additive(),
        i.bands() == null
            ? null
            : new Bands(i.bands().ahead(), i.bands().onTrack(), i.bands().behind()));
  }

  public static PlanTarget catalogueTarget(final String id) {
    return CATALOGUE.target(id).orElseThrow();
  }

  public static io.planwatch.avro.PlanTarget target(final PlanTarget t) {
    final Indicator indicator = CATALOGUE.indicator(t.indicatorCode()).orElseThrow();
    final boolean growth =
        t.kind().name().contains("GROWTH") || t.kind().name().equals("REDUCTION");
    return new io.planwatch.avro.PlanTarget(
        t.id(),
        t.indicatorCode(),
        t.regionCode(),
        TargetKind.valueOf(t.kind().name()),
        io.planwatch.avro.Comparator.valueOf(t.comparator().name()),
        t.value(),
        growth ? "%" : indicator.unit(),
        t.baseValue(),
        t.baseYear(),
        t.targetYear(),
        io.planwatch.avro.Attribute.valueOf(t.attribute().name()),
        t.soft(),
        new SourceRef(t.source().document(), t.source().line()),
        t.note());
  }

  /** The key of {@code stats.observations}: {@code indicator|region|YYYY-MM|measure}. */
  public static String key(final StatisticalObservation o) {
    return SeriesKeys.observation(o);
  }

  /** An observation as a bureau publishes it: release id and revision make it unique. */
  public static StatisticalObservation observation(
      final String indicator,
      final String region,
      final int year,
      final int month,
      final Measure measure,
      final double value,
      final String releaseId,
      final int revision) {
    final Indicator i = CATALOGUE.indicator(indicator).orElseThrow();
    return StatisticalObservation.newBuilder()
        .setIndicatorCode(indicator)
        .setRegionCode(region)
        .setPeriod(new Period(year, month))
        .setMeasure(measure)
        .setValue(value)
        .setUnit(measure == Measure.YTD_GROWTH ? "%" : i.unit())
        .setPriceBasis(PriceBasis.valueOf(i.priceBasis().name()))
        .setFrequency(Frequency.MONTHLY)
        .setStatus(revision == 0 ? ObservationStatus.PROVISIONAL : ObservationStatus.REVISED)
        .setReleaseId(releaseId)
        .setRevision(revision)
        .setPublishedAt(
            Instant.parse(String.format("%04d-%02d-15T02:00:00Z", year, month))
                .plusSeconds(86_400L * 30))
        .setSource("test")
        .build();
  }
}
