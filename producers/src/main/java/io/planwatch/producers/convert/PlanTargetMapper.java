package io.planwatch.producers.convert;

import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Comparator;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.SourceRef;
import io.planwatch.domain.model.TargetKind;

/**
 * PlanTarget ↔ Avro {@code PlanTarget} (topic {@code plan.targets}, key: target id). The Avro
 * record states the unit of its value, which the domain target derives from its kind and its
 * indicator: a growth or a reduction is in %, every other kind in the indicator's canonical unit.
 */
public final class PlanTargetMapper {
  private PlanTargetMapper() {}

  /** The unit of a growth or reduction target's value, whatever its indicator's unit. */
  public static final String PERCENT = "%";

  /**
   * The Avro record of {@code target}.
   *
   * @param indicatorUnit its indicator's canonical unit, the unit of its base value
   */
  public static io.planwatch.avro.PlanTarget toAvro(PlanTarget target, String indicatorUnit) {
    return io.planwatch.avro.PlanTarget.newBuilder()
        .setId(target.id())
        .setIndicatorCode(target.indicatorCode())
        .setRegionCode(target.regionCode())
        .setKind(EnumMapping.map(target.kind(), io.planwatch.avro.TargetKind.class))
        .setComparator(EnumMapping.map(target.comparator(), io.planwatch.avro.Comparator.class))
        .setValue(target.value())
        .setUnit(valueUnit(target.kind(), indicatorUnit))
        .setBaseValue(target.baseValue())
        .setBaseYear(target.baseYear())
        .setTargetYear(target.targetYear())
        .setAttribute(EnumMapping.map(target.attribute(), io.planwatch.avro.Attribute.class))
        .setSoft(target.soft())
        .setSource(
            new io.planwatch.avro.SourceRef(target.source().document(), target.source().line()))
        .setNote(target.note())
        .build();
  }

  /**
   * The unit a target of {@code kind} states its value in: % for a growth (annual or average
   * annual) and for a reduction over the period, else the indicator's unit (a level, a total, a
   * share or a rate bound is stated like the indicator's figures).
   */
  public static String valueUnit(TargetKind kind, String indicatorUnit) {
    return switch (kind) {
      case ANNUAL_GROWTH, AVERAGE_ANNUAL_GROWTH, REDUCTION -> PERCENT;
      case ANNUAL_LEVEL, END_OF_PERIOD_LEVEL, CUMULATIVE_TOTAL, RATE_BOUND, SHARE -> indicatorUnit;
    };
  }

  /** The domain target of an Avro record (the unit follows from kind and indicator: dropped). */
  public static PlanTarget toDomain(io.planwatch.avro.PlanTarget avro) {
    return new PlanTarget(
        avro.getId(),
        avro.getIndicatorCode(),
        avro.getRegionCode(),
        EnumMapping.map(avro.getKind(), TargetKind.class),
        EnumMapping.map(avro.getComparator(), Comparator.class),
        avro.getValue(),
        avro.getBaseValue(),
        avro.getBaseYear(),
        avro.getTargetYear(),
        EnumMapping.map(avro.getAttribute(), Attribute.class),
        avro.getSoft(),
        new SourceRef(avro.getSource().getDocument(), avro.getSource().getLine()),
        avro.getNote());
  }

  /** The Kafka key: the target id. */
  public static String key(PlanTarget target) {
    return target.id();
  }
}
