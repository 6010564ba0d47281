package io.planwatch.producers.convert;

import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Comparator;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.SourceRef;
import io.planwatch.domain.model.TargetKind;

/**
 * PlanTarget ↔ Avro {@code PlanTarget} (topic {@code plan.targets}, key: target id). The Avro
 * record states the unit of its figures, which the domain target takes from its indicator.
 */
public final class PlanTargetMapper {
  private PlanTargetMapper() {}

  /**
   * The Avro record of {@code target}.
   *
   * @param unit the unit of the target's value and base value: its indicator's canonical unit
   */
  public static io.planwatch.avro.PlanTarget toAvro(PlanTarget target, String unit) {
    return io.planwatch.avro.PlanTarget.newBuilder()
        .setId(target.id())
        .setIndicatorCode(target.indicatorCode())
        .setRegionCode(target.regionCode())
        .setKind(EnumMapping.map(target.kind(), io.planwatch.avro.TargetKind.class))
        .setComparator(EnumMapping.map(target.comparator(), io.planwatch.avro.Comparator.class))
        .setValue(target.value())
        .setUnit(unit)
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

  /** The domain target of an Avro record (the unit is the indicator's, so it is dropped). */
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
