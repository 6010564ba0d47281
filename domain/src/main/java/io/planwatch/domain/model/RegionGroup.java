package io.planwatch.domain.model;

import java.util.List;
import java.util.Objects;

/** A planning grouping of regions (e.g. the Liaoning plan's 沈阳现代化都市圈); many-to-many. */
public record RegionGroup(String code, String nameZh, String nameEn, List<String> members) {
  public RegionGroup {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    members = members == null ? List.of() : List.copyOf(members);
  }
}
