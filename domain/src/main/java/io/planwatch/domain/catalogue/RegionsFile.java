package io.planwatch.domain.catalogue;

import io.planwatch.domain.model.RegionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code regions.yaml}: the {@code regions:} list and the {@code groups:} list, field by
 * field. Checks that need the whole file (duplicates, parents, members) are {@link RegionRules}.
 */
final class RegionsFile {

  static final String FILE = "regions.yaml";

  private static final List<String> TOP = List.of("regions", "groups");
  private static final List<String> REGION_FIELDS =
      List.of("code", "nameZh", "nameEn", "kind", "parent", "rollsUp", "aliases");
  private static final List<String> GROUP_FIELDS = List.of("code", "nameZh", "nameEn", "members");

  /** GB/T 2260 administrative code: six digits. */
  static final Pattern ADMIN_CODE = Pattern.compile("\\d{6}");

  /** A zone's own code: Z, the six-digit code of the region that names it, a dash, a tag. */
  static final Pattern ZONE_CODE = Pattern.compile("Z\\d{6}-[A-Z0-9]+");

  static final Pattern GROUP_CODE = Pattern.compile("[a-z][a-z0-9_]*");

  private RegionsFile() {}

  /** One region as written; absent parts were reported. */
  record RegionDraft(
      Optional<String> code,
      Optional<String> nameZh,
      Optional<String> nameEn,
      Optional<RegionKind> kind,
      Optional<String> parent,
      Optional<Boolean> rollsUp,
      List<Fields.Located> aliases,
      Fields fields) {}

  /** One group as written; absent parts were reported. */
  record GroupDraft(
      Optional<String> code,
      Optional<String> nameZh,
      Optional<String> nameEn,
      List<Fields.Located> members,
      Fields fields) {}

  record Content(List<RegionDraft> regions, List<GroupDraft> groups) {}

  static Content read(YamlNode root, Problems problems) {
    List<RegionDraft> regions = new ArrayList<>();
    List<GroupDraft> groups = new ArrayList<>();
    Optional<Fields> top = Fields.of(FILE, root, problems, "regions file", TOP);
    if (top.isEmpty()) {
      return new Content(regions, groups);
    }
    for (YamlNode node : top.get().requiredList("regions")) {
      Fields.of(FILE, node, problems, "region", REGION_FIELDS)
          .ifPresent(fields -> regions.add(region(fields)));
    }
    for (YamlNode node : top.get().optionalList("groups")) {
      Fields.of(FILE, node, problems, "group", GROUP_FIELDS)
          .ifPresent(fields -> groups.add(group(fields)));
    }
    return new Content(regions, groups);
  }

  private static RegionDraft region(Fields fields) {
    Optional<RegionKind> kind = fields.requiredEnum("kind", RegionKind.class);
    Optional<String> code = fields.requiredText("code");
    code.ifPresent(
        text -> {
          boolean zone = kind.orElse(null) == RegionKind.ZONE;
          Pattern pattern = zone ? ZONE_CODE : ADMIN_CODE;
          if (kind.isPresent() && !pattern.matcher(text).matches()) {
            fields.error(
                "code",
                zone
                    ? "'" + text + "' is not a zone code; a ZONE has its own code like Z210100-HTZ"
                    : "'" + text + "' is not a GB/T 2260 code; use six digits, e.g. 210112");
          }
        });
    return new RegionDraft(
        code,
        fields.requiredText("nameZh"),
        fields.requiredText("nameEn"),
        kind,
        fields.optionalText("parent"),
        fields.has("rollsUp") ? fields.bool("rollsUp", false) : Optional.empty(),
        fields.textList("aliases"),
        fields);
  }

  private static GroupDraft group(Fields fields) {
    Optional<String> code = fields.requiredText("code");
    code.ifPresent(
        text -> {
          if (!GROUP_CODE.matcher(text).matches()) {
            fields.error(
                "code",
                "'" + text + "' is not a group code; use lower case, digits and _, e.g. dual_core");
          }
        });
    List<Fields.Located> members = fields.textList("members");
    if (!fields.has("members")) {
      fields.error("members", "missing required field 'members' of group; list its region codes");
    } else if (members.isEmpty()) {
      fields.error("members", "a group needs at least one member region");
    }
    return new GroupDraft(
        code, fields.requiredText("nameZh"), fields.requiredText("nameEn"), members, fields);
  }
}
