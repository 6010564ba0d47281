package io.planwatch.streams.topology;

import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.avro.RegionGroupRef;
import io.planwatch.avro.StatisticalObservation;
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
import io.planwatch.domain.pace.LatestFigure;

/**
 * Reads the Avro contracts into the domain's types, for the pace engine. The Avro enums mirror the
 * domain's constant for constant (checked by the contract tests), so enums map by name.
 */
final class DomainViews {
  private DomainViews() {}

  static Region region(final io.planwatch.avro.Region r) {
    return new Region(
        r.getCode(),
        r.getNameZh(),
        r.getNameEn(),
        RegionKind.valueOf(r.getKind().name()),
        r.getParentCode(),
        r.getGroups().stream().map(RegionGroupRef::getCode).toList());
  }

  static Indicator indicator(final IndicatorDefinition d) {
    final io.planwatch.avro.Bands b = d.getBands();
    return new Indicator(
        d.getCode(),
        d.getNameZh(),
        d.getNameEn(),
        d.getUnit(),
        Measure.valueOf(d.getMeasure().name()),
        Frequency.valueOf(d.getFrequency().name()),
        PriceBasis.valueOf(d.getPriceBasis().name()),
        Direction.valueOf(d.getDirection().name()),
        d.getAdditive(),
        b == null ? null : new Bands(b.getAhead(), b.getOnTrack(), b.getBehind()));
  }

  static PlanTarget target(final io.planwatch.avro.PlanTarget t) {
    return new PlanTarget(
        t.getId(),
        t.getIndicatorCode(),
        t.getRegionCode(),
        TargetKind.valueOf(t.getKind().name()),
        Comparator.valueOf(t.getComparator().name()),
        t.getValue(),
        t.getBaseValue(),
        t.getBaseYear(),
        t.getTargetYear(),
        Attribute.valueOf(t.getAttribute().name()),
        t.getSoft(),
        new SourceRef(t.getSource().getDocument(), t.getSource().getLine()),
        t.getNote());
  }

  static io.planwatch.domain.model.Period period(final io.planwatch.avro.Period p) {
    return new io.planwatch.domain.model.Period(p.getYear(), p.getMonth());
  }

  static Measure measure(final StatisticalObservation o) {
    return Measure.valueOf(o.getMeasure().name());
  }

  static LatestFigure figure(final StatisticalObservation o) {
    return new LatestFigure(
        period(o.getPeriod()),
        measure(o),
        o.getValue(),
        Frequency.valueOf(o.getFrequency().name()));
  }
}
