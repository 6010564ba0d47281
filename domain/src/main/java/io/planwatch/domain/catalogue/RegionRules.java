package io.planwatch.domain.catalogue;

import io.planwatch.domain.catalogue.RegionsFile.GroupDraft;
import io.planwatch.domain.catalogue.RegionsFile.RegionDraft;
import io.planwatch.domain.model.Region;
import io.planwatch.domain.model.RegionGroup;
import io.planwatch.domain.model.RegionKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of {@code regions.yaml} that need the whole file: unique codes and names, parents that
 * exist and sit above their children, zones that never roll up, group members that exist. Builds
 * the regions and groups when their own fields were valid.
 */
final class RegionRules {

  private final Problems problems;
  private final Map<String, RegionDraft> regionsByCode = new LinkedHashMap<>();
  private final Map<String, GroupDraft> groupsByCode = new LinkedHashMap<>();
  private final NameIndex names = new NameIndex("region");

  RegionRules(Problems problems) {
    this.problems = problems;
  }

  /** Regions by code (file order) and groups by code; only meaningful when no errors. */
  record Checked(
      Map<String, Region> regions, Map<String, RegionGroup> groups, Map<String, String> names) {}

  /** Whether a region with this code is written in the file (valid or not). */
  boolean defines(String code) {
    return regionsByCode.containsKey(code);
  }

  Checked check(RegionsFile.Content content) {
    for (RegionDraft draft : content.regions()) {
      draft.code().ifPresent(code -> register(draft, code));
    }
    for (RegionDraft draft : content.regions()) {
      checkParent(draft);
      checkRollsUp(draft);
    }
    Map<String, List<String>> groupsOfRegion = new LinkedHashMap<>();
    Map<String, RegionGroup> groups = new LinkedHashMap<>();
    for (GroupDraft draft : content.groups()) {
      checkGroup(draft).ifPresent(group -> groups.put(group.code(), group));
    }
    groups
        .values()
        .forEach(
            group ->
                group
                    .members()
                    .forEach(
                        member ->
                            groupsOfRegion
                                .computeIfAbsent(member, key -> new ArrayList<>())
                                .add(group.code())));
    Map<String, Region> regions = new LinkedHashMap<>();
    for (RegionDraft draft : regionsByCode.values()) {
      build(draft, groupsOfRegion).ifPresent(region -> regions.put(region.code(), region));
    }
    return new Checked(regions, groups, names.codesByName());
  }

  private void register(RegionDraft draft, String code) {
    RegionDraft earlier = regionsByCode.putIfAbsent(code, draft);
    if (earlier != null) {
      draft
          .fields()
          .error(
              "code",
              "duplicate region code "
                  + code
                  + "; already defined on line "
                  + earlier.fields().line("code"));
      return;
    }
    Fields fields = draft.fields();
    draft
        .nameZh()
        .ifPresent(name -> names.claim(name, code, fields, "nameZh", fields.line("nameZh")));
    draft
        .nameEn()
        .ifPresent(name -> names.claim(name, code, fields, "nameEn", fields.line("nameEn")));
    draft
        .aliases()
        .forEach(alias -> names.claim(alias.text(), code, fields, "aliases", alias.line()));
  }

  private void checkParent(RegionDraft draft) {
    if (draft.kind().isEmpty()) {
      return;
    }
    RegionKind kind = draft.kind().get();
    Fields fields = draft.fields();
    if (draft.parent().isEmpty()) {
      if (kind != RegionKind.PROVINCE) {
        fields.error(
            "parent",
            "missing required field 'parent' of a "
                + kind
                + " region; only a PROVINCE has no parent (a ZONE names the region it lies in)");
      }
      return;
    }
    String parentCode = draft.parent().get();
    RegionDraft parent = regionsByCode.get(parentCode);
    if (parent == null) {
      fields.error("parent", "unknown parent region '" + parentCode + "'; define it in regions:");
      return;
    }
    if (parent.kind().isEmpty()) {
      return;
    }
    RegionKind parentKind = parent.kind().get();
    if (parentKind == RegionKind.ZONE || rank(parentKind) >= rank(kind)) {
      fields.error(
          "parent",
          "a "
              + kind
              + " cannot lie in "
              + parentCode
              + " ("
              + parentKind
              + "); a parent is a PROVINCE, CITY or county-level region above its child");
    }
  }

  private static int rank(RegionKind kind) {
    return switch (kind) {
      case PROVINCE -> 0;
      case CITY -> 1;
      case DISTRICT, COUNTY, COUNTY_LEVEL_CITY -> 2;
      case ZONE -> 3;
    };
  }

  private static void checkRollsUp(RegionDraft draft) {
    if (draft.kind().isEmpty() || draft.rollsUp().isEmpty()) {
      return;
    }
    boolean zone = draft.kind().get() == RegionKind.ZONE;
    boolean rollsUp = draft.rollsUp().get();
    if (zone && rollsUp) {
      draft
          .fields()
          .error(
              "rollsUp",
              "a ZONE never rolls up: its figures are not summed into its parent's;"
                  + " remove rollsUp or set it to false");
    } else if (!zone && !rollsUp) {
      draft
          .fields()
          .error(
              "rollsUp",
              "a "
                  + draft.kind().get()
                  + " always rolls up into its parent; only a ZONE stays out of the sum"
                  + " (make it kind ZONE or remove rollsUp)");
    }
  }

  private Optional<RegionGroup> checkGroup(GroupDraft draft) {
    Fields fields = draft.fields();
    boolean valid = draft.code().isPresent();
    if (valid) {
      String code = draft.code().get();
      GroupDraft earlier = groupsByCode.putIfAbsent(code, draft);
      if (earlier != null) {
        fields.error(
            "code",
            "duplicate group code "
                + code
                + "; already defined on line "
                + earlier.fields().line("code"));
        valid = false;
      }
    }
    Set<String> seen = new HashSet<>();
    List<String> members = new ArrayList<>();
    for (Fields.Located member : draft.members()) {
      if (!regionsByCode.containsKey(member.text())) {
        problems.add(
            fields.file(),
            member.line(),
            "members",
            "unknown region '" + member.text() + "'; members are region codes from regions:");
        valid = false;
      } else if (!seen.add(member.text())) {
        problems.add(
            fields.file(),
            member.line(),
            "members",
            "region " + member.text() + " is listed twice");
      } else {
        members.add(member.text());
      }
    }
    if (!valid || draft.nameZh().isEmpty() || draft.nameEn().isEmpty() || members.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new RegionGroup(draft.code().get(), draft.nameZh().get(), draft.nameEn().get(), members));
  }

  private static Optional<Region> build(RegionDraft draft, Map<String, List<String>> groups) {
    if (draft.nameZh().isEmpty() || draft.nameEn().isEmpty() || draft.kind().isEmpty()) {
      return Optional.empty();
    }
    String code = draft.code().orElseThrow();
    return Optional.of(
        new Region(
            code,
            draft.nameZh().get(),
            draft.nameEn().get(),
            draft.kind().get(),
            draft.parent().orElse(null),
            groups.getOrDefault(code, List.of())));
  }
}
