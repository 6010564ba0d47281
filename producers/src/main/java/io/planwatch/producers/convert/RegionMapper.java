package io.planwatch.producers.convert;

import io.planwatch.avro.RegionGroupRef;
import io.planwatch.domain.model.Region;
import io.planwatch.domain.model.RegionGroup;
import io.planwatch.domain.model.RegionKind;
import java.util.List;
import java.util.Map;

/**
 * Region ↔ Avro {@code Region} (topic {@code reference.regions}, key: region code). The Avro record
 * carries each group's names, so consumers need no second look-up, and whether the region rolls up
 * into its parent.
 */
public final class RegionMapper {
  private RegionMapper() {}

  /**
   * The Avro record of {@code region}.
   *
   * @param groups the catalogue's planning groups by code; every group the region names must be
   *     there
   * @throws IllegalArgumentException naming the region and the group when a group is unknown
   */
  public static io.planwatch.avro.Region toAvro(Region region, Map<String, RegionGroup> groups) {
    List<RegionGroupRef> refs =
        region.groups().stream()
            .map(
                code -> {
                  RegionGroup group = groups.get(code);
                  if (group == null) {
                    throw new IllegalArgumentException(
                        "region " + region.code() + " names unknown group " + code);
                  }
                  return new RegionGroupRef(group.code(), group.nameZh(), group.nameEn());
                })
            .toList();
    return io.planwatch.avro.Region.newBuilder()
        .setCode(region.code())
        .setNameZh(region.nameZh())
        .setNameEn(region.nameEn())
        .setKind(EnumMapping.map(region.kind(), io.planwatch.avro.RegionKind.class))
        .setParentCode(region.parentCode())
        .setGroups(refs)
        .setRollsUp(region.rollsUp())
        .build();
  }

  /** The domain region of an Avro record (groups by code; their names are the catalogue's). */
  public static Region toDomain(io.planwatch.avro.Region avro) {
    return new Region(
        avro.getCode(),
        avro.getNameZh(),
        avro.getNameEn(),
        EnumMapping.map(avro.getKind(), RegionKind.class),
        avro.getParentCode(),
        avro.getGroups().stream().map(RegionGroupRef::getCode).toList());
  }

  /** The Kafka key: the region code. */
  public static String key(Region region) {
    return region.code();
  }
}
