package io.planwatch.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per rule on regions.yaml. Each writes the regions the valid fixture's targets need
 * (lines 2–5) followed by the lines under test (from line 6), and groups when given.
 */
class RegionRulesTest {

  private static final String FILE = "regions.yaml";

  @TempDir Path dir;

  @BeforeEach
  void copyValidCatalogue() {
    Fixtures.copy("catalogue-valid", dir);
  }

  private List<String> errorsWith(List<String> regions, List<String> groups) {
    List<String> lines = new ArrayList<>();
    lines.add("regions:");
    lines.add("  - {code: \"210000\", nameZh: 辽宁省, nameEn: Liaoning Province, kind: PROVINCE}");
    lines.add(
        "  - {code: \"210100\", nameZh: 沈阳市, nameEn: Shenyang, kind: CITY, parent: \"210000\"}");
    lines.add(
        "  - {code: \"210112\", nameZh: 浑南区, nameEn: Hunnan District, kind: DISTRICT, parent:"
            + " \"210100\"}");
    lines.add(
        "  - {code: Z210100-HTZ, nameZh: 沈阳高新区, nameEn: Shenyang Hi-tech Zone, kind: ZONE,"
            + " parent: \"210112\"}");
    regions.forEach(region -> lines.add("  - " + region));
    if (!groups.isEmpty()) {
      lines.add("groups:");
      groups.forEach(group -> lines.add("  - " + group));
    }
    Fixtures.write(dir, FILE, lines.toArray(String[]::new));
    return Fixtures.errors(dir);
  }

  private List<String> errorsWith(String... regions) {
    return errorsWith(List.of(regions), List.of());
  }

  @Test
  void shouldAcceptTheBaseRegions() {
    assertThat(errorsWith()).isEmpty();
  }

  @Test
  void shouldReportADuplicateRegionCode() {
    assertThat(
            errorsWith(
                "{code: \"210100\", nameZh: 大连市, nameEn: Dalian, kind: CITY, parent: \"210000\"}"))
        .containsExactly(
            FILE + ":6: code: duplicate region code 210100; already defined on line 3");
  }

  @Test
  void shouldReportAParentThatDoesNotExist() {
    assertThat(
            errorsWith(
                "{code: \"210102\", nameZh: 和平区, nameEn: Heping District, kind: DISTRICT, parent:"
                    + " \"210199\"}"))
        .containsExactly(
            FILE + ":6: parent: unknown parent region '210199'; define it in regions:");
  }

  @Test
  void shouldReportAParentThatIsNotAboveItsChild() {
    assertThat(
            errorsWith(
                "{code: \"210200\", nameZh: 大连市, nameEn: Dalian, kind: CITY, parent: \"210112\"}",
                "{code: \"210102\", nameZh: 和平区, nameEn: Heping District, kind: DISTRICT,"
                    + " parent: Z210100-HTZ}"))
        .containsExactly(
            FILE
                + ":6: parent: a CITY cannot lie in 210112 (DISTRICT); a parent is a PROVINCE,"
                + " CITY or county-level region above its child",
            FILE
                + ":7: parent: a DISTRICT cannot lie in Z210100-HTZ (ZONE); a parent is a"
                + " PROVINCE, CITY or county-level region above its child");
  }

  @Test
  void shouldRequireAParentExceptForAProvince() {
    assertThat(errorsWith("{code: \"210200\", nameZh: 大连市, nameEn: Dalian, kind: CITY}"))
        .containsExactly(
            FILE
                + ":6: parent: missing required field 'parent' of a CITY region; only a PROVINCE"
                + " has no parent (a ZONE names the region it lies in)");
  }

  @Test
  void shouldReportAZoneMarkedAsRollingUp() {
    assertThat(
            errorsWith(
                "{code: Z210100-FTZ, nameZh: 自贸区沈阳片区, nameEn: Shenyang FTZ, kind: ZONE,"
                    + " parent: \"210112\", rollsUp: true}"))
        .containsExactly(
            FILE
                + ":6: rollsUp: a ZONE never rolls up: its figures are not summed into its"
                + " parent's; remove rollsUp or set it to false");
  }

  @Test
  void shouldReportAnAdministrativeRegionMarkedAsNotRollingUp() {
    assertThat(
            errorsWith(
                "{code: \"210102\", nameZh: 和平区, nameEn: Heping District, kind: DISTRICT,"
                    + " parent: \"210100\", rollsUp: false}",
                "{code: Z210100-FTZ, nameZh: 自贸区沈阳片区, nameEn: Shenyang FTZ, kind: ZONE,"
                    + " parent: \"210112\", rollsUp: false}"))
        .containsExactly(
            FILE
                + ":6: rollsUp: a DISTRICT always rolls up into its parent; only a ZONE stays out"
                + " of the sum (make it kind ZONE or remove rollsUp)");
  }

  @Test
  void shouldReportMalformedAdministrativeAndZoneCodes() {
    assertThat(
            errorsWith(
                "{code: \"21010\", nameZh: 和平区, nameEn: Heping District, kind: DISTRICT, parent:"
                    + " \"210100\"}",
                "{code: \"210113\", nameZh: 自贸区沈阳片区, nameEn: Shenyang FTZ, kind: ZONE,"
                    + " parent: \"210112\"}"))
        .containsExactly(
            FILE + ":6: code: '21010' is not a GB/T 2260 code; use six digits, e.g. 210112",
            FILE
                + ":7: code: '210113' is not a zone code; a ZONE has its own code like"
                + " Z210100-HTZ");
  }

  @Test
  void shouldReportAnUnknownKindListingTheAllowedOnes() {
    assertThat(
            errorsWith(
                "{code: \"210102\", nameZh: 和平区, nameEn: Heping District, kind: 区, parent:"
                    + " \"210100\"}"))
        .containsExactly(
            FILE
                + ":6: kind: unknown value '区'; allowed: PROVINCE, CITY, DISTRICT, COUNTY,"
                + " COUNTY_LEVEL_CITY, ZONE");
  }

  @Test
  void shouldReportANameOrAliasAlreadyUsedByAnotherRegion() {
    assertThat(
            errorsWith(
                "{code: \"210102\", nameZh: 浑南区, nameEn: Heping District, kind: DISTRICT,"
                    + " parent: \"210100\"}",
                "{code: \"210103\", nameZh: 沈河区, nameEn: Shenhe District, kind: DISTRICT,"
                    + " parent: \"210100\", aliases: [SHENYANG]}"))
        .containsExactly(
            FILE
                + ":6: nameZh: name '浑南区' is already used by region 210112 (line 4); names must"
                + " be unique so that files can be matched by name",
            FILE
                + ":7: aliases: name 'SHENYANG' is already used by region 210100 (line 3); names"
                + " must be unique so that files can be matched by name");
  }

  @Test
  void shouldReportAMissingName() {
    assertThat(errorsWith("{code: \"210102\", nameZh: 和平区, kind: DISTRICT, parent: \"210100\"}"))
        .containsExactly(FILE + ":6: nameEn: missing required field 'nameEn' of region");
  }

  @Test
  void shouldReportUnknownRepeatedAndMissingGroupMembers() {
    assertThat(
            errorsWith(
                List.of(),
                List.of(
                    "{code: metro, nameZh: 都市圈, nameEn: Metro Circle, members: [\"210100\","
                        + " \"210300\", \"210100\"]}",
                    "{code: metro, nameZh: 都市圈二, nameEn: Metro Circle Two, members:"
                        + " [\"210100\"]}",
                    "{code: empty, nameZh: 空, nameEn: Empty, members: []}",
                    "{code: Coast, nameZh: 沿海, nameEn: Coast}")))
        .containsExactly(
            FILE + ":7: members: unknown region '210300'; members are region codes from regions:",
            FILE + ":7: members: region 210100 is listed twice",
            FILE + ":8: code: duplicate group code metro; already defined on line 7",
            FILE + ":9: members: a group needs at least one member region",
            FILE
                + ":10: code: 'Coast' is not a group code; use lower case, digits and _, e.g."
                + " dual_core",
            FILE
                + ":10: members: missing required field 'members' of group; list its region"
                + " codes");
  }

  @Test
  void shouldDeriveRegionGroupsOnlyFromValidGroups() {
    assertThat(
            errorsWith(
                List.of(),
                List.of(
                    "{code: metro, nameZh: 都市圈, nameEn: Metro Circle, members: [\"210100\","
                        + " Z210100-HTZ]}")))
        .isEmpty();
    assertThat(CatalogueLoader.load(dir).region("Z210100-HTZ").orElseThrow().groups())
        .containsExactly("metro");
  }
}
