package io.planwatch.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The fixture catalogue-broken has deliberate errors in every file; all must be reported. */
class BrokenCatalogueTest {

  @Test
  void shouldReportEveryErrorOfTheBrokenCatalogueWithFileAndLine() {
    assertThat(Fixtures.errors(Fixtures.directory("catalogue-broken")))
        .containsExactly(
            "index.yaml:3: targets: 'targets/missing.yaml' does not exist",
            "index.yaml:4: targets: 'targets/hunnan.yaml' is listed twice",
            "index.yaml:5: targets: '../outside.yaml' is not a target file path; write"
                + " targets/<name>.yaml, relative to the catalogue",
            "targets/unlisted.yaml: not listed in index.yaml; add it to the targets: list there (a"
                + " catalogue on the classpath loads only listed files)",
            "regions.yaml:4: code: duplicate region code 210100; already defined on line 3",
            "regions.yaml:5: parent: unknown parent region '219900'; define it in regions:",
            "regions.yaml:11: rollsUp: a ZONE never rolls up: its figures are not summed into its"
                + " parent's; remove rollsUp or set it to false",
            "regions.yaml:12: kind: unknown value 'DISTRIKT'; allowed: PROVINCE, CITY, DISTRICT,"
                + " COUNTY, COUNTY_LEVEL_CITY, ZONE",
            "regions.yaml:12: nameEn: name 'hunnan district' is already used by region 210112 (line"
                + " 5); names must be unique so that files can be matched by name",
            "regions.yaml:13: code: '2101' is not a GB/T 2260 code; use six digits, e.g. 210112",
            "regions.yaml:13: parent: missing required field 'parent' of a DISTRICT region; only a"
                + " PROVINCE has no parent (a ZONE names the region it lies in)",
            "regions.yaml:20: members: unknown region '211100'; members are region codes from"
                + " regions:",
            "indicators.yaml:11: code: duplicate indicator code gdp; already defined on line 2",
            "indicators.yaml:17: priceBasis: unknown value 'REAL'; allowed: CURRENT, COMPARABLE,"
                + " NOT_APPLICABLE",
            "indicators.yaml:19: additive: 'maybe' is not a boolean; allowed: true, false",
            "indicators.yaml:20: bands: bands must satisfy ahead >= onTrack >= behind; found 0.9,"
                + " 1.0, 0.8",
            "indicators.yaml:21: additive: missing required field 'additive' of indicator (true"
                + " when regional figures add up to the parent's)",
            "indicators.yaml:29: colour: unknown field of indicator; allowed: code, nameZh, nameEn,"
                + " unit, measure, frequency, priceBasis, direction, additive, bands, note, aliases",
            "targets/hunnan.yaml:1: document: missing required field 'document' of targets file",
            "targets/hunnan.yaml:7: comparator: unknown value 'GREATER'; allowed: AT_LEAST,"
                + " AT_MOST, ABOUT, HOLD, REACH",
            "targets/hunnan.yaml:9: unit: unit '万美元' does not match indicator gdp (亿元) and"
                + " cannot be converted to it; use 亿元 or a 万/亿 multiple of it",
            "targets/hunnan.yaml:11: targetYear: targetYear 2025 must be after baseYear 2026 (the"
                + " pace runs from the base year to the target year)",
            "targets/hunnan.yaml:12: line: line 0 is not a line of the plan document; lines start"
                + " at 1",
            "targets/hunnan.yaml:13: id: duplicate target id gdp_2025; already defined in"
                + " targets/hunnan.yaml line 3",
            "targets/hunnan.yaml:14: indicator: unknown indicator 'gdpp'; define it in"
                + " indicators.yaml",
            "targets/hunnan.yaml:15: region: unknown region '210199'; define it in regions.yaml",
            "targets/hunnan.yaml:18: value: '8.5%左右' is not a number; write the bare figure (e.g."
                + " 8.5), the unit and the comparator (以上, 左右…) go in their own fields",
            "targets/hunnan.yaml:19: unit: a target of kind AVERAGE_ANNUAL_GROWTH is a percentage"
                + " change; its unit must be %, found '亿元'",
            "targets/hunnan.yaml:22: line: missing required field 'line' of target",
            "targets/hunnan.yaml:29: baseValue: baseValue needs baseYear, the year the base figure"
                + " is for",
            "targets/second.yaml:4: id: duplicate target id gdp_2024; already defined in"
                + " targets/hunnan.yaml line 22",
            "targets/syntax.yaml:5: YAML syntax error: mapping values are not allowed here (column"
                + " 15)");
  }

  @Test
  void shouldRefuseToLoadTheBrokenCatalogue() {
    assertThatThrownBy(() -> CatalogueLoader.load(Fixtures.directory("catalogue-broken")))
        .isInstanceOfSatisfying(
            CatalogueValidationException.class, e -> assertThat(e.errors()).hasSize(32));
  }
}
