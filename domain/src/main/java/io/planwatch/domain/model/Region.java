package io.planwatch.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * A region: GB/T 2260 code for administrative units, an own code for zones.
 *
 * @param code GB/T 2260 code (210112) or a zone code
 * @param nameZh Chinese name (浑南区)
 * @param nameEn English name (Hunnan District)
 * @param kind administrative level or ZONE
 * @param parentCode the administrative parent, or null for the province (a zone names the region it
 *     lies in, but never rolls up into it)
 * @param groups the planning groups it belongs to (many-to-many), by group code
 */
public record Region(
    String code,
    String nameZh,
    String nameEn,
    RegionKind kind,
    String parentCode,
    List<String> groups) {
  public Region {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(kind, "kind");
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  /** Whether this region's figures are summed into its parent's (zones never are). */
  public boolean rollsUp() {
    return kind != RegionKind.ZONE && parentCode != null;
  }
}
