package io.planwatch.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per rule on target files. Each writes targets/hitech.yaml of the valid fixture with one
 * target whose fields start on line 4 (id) in the order of {@link #FIELDS_IN_ORDER}.
 */
class TargetRulesTest {

  private static final String FILE = "targets/hitech.yaml";

  @TempDir Path dir;

  @BeforeEach
  void copyValidCatalogue() {
    Fixtures.copy("catalogue-valid", dir);
  }

  /** A valid target: line 4 id, 5 indicator, 6 region, 7 kind, 8 comparator, 9 value, 10 unit… */
  private static Map<String, String> validTarget() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", "htz_gdp_2022");
    fields.put("indicator", "gdp");
    fields.put("region", "Z210100-HTZ");
    fields.put("kind", "END_OF_PERIOD_LEVEL");
    fields.put("comparator", "AT_LEAST");
    fields.put("value", "500");
    fields.put("unit", "亿元");
    fields.put("baseValue", "300");
    fields.put("baseYear", "2020");
    fields.put("targetYear", "2025");
    fields.put("line", "237");
    return fields;
  }

  private List<String> errorsWith(Map<String, String> target) {
    List<String> lines = new ArrayList<>();
    lines.add("document: 002_0c3f07806a4ed513.txt");
    lines.add("title: 沈阳市建设国家中心城市行动计划");
    lines.add("targets:");
    lines.addAll(Fixtures.entry(target));
    Fixtures.write(dir, FILE, lines.toArray(String[]::new));
    return Fixtures.errors(dir);
  }

  @Test
  void shouldAcceptTheValidTarget() {
    assertThat(errorsWith(validTarget())).isEmpty();
  }

  @Test
  void shouldReportATargetOnAnUnknownIndicator() {
    Map<String, String> target = validTarget();
    target.put("indicator", "gdp_total");

    assertThat(errorsWith(target))
        .containsExactly(
            FILE + ":5: indicator: unknown indicator 'gdp_total'; define it in indicators.yaml");
  }

  @Test
  void shouldReportATargetOnAnUnknownRegion() {
    Map<String, String> target = validTarget();
    target.put("region", "\"210199\"");

    assertThat(errorsWith(target))
        .containsExactly(FILE + ":6: region: unknown region '210199'; define it in regions.yaml");
  }

  @Test
  void shouldReportUnknownKindAndComparatorListingTheAllowedValues() {
    Map<String, String> target = validTarget();
    target.put("kind", "LEVEL");
    target.put("comparator", "以上");

    assertThat(errorsWith(target))
        .containsExactly(
            FILE
                + ":7: kind: unknown value 'LEVEL'; allowed: ANNUAL_LEVEL, ANNUAL_GROWTH,"
                + " AVERAGE_ANNUAL_GROWTH, END_OF_PERIOD_LEVEL, CUMULATIVE_TOTAL, RATE_BOUND,"
                + " SHARE, REDUCTION",
            FILE
                + ":8: comparator: unknown value '以上'; allowed: AT_LEAST, AT_MOST, ABOUT, HOLD, REACH");
  }

  @Test
  void shouldReportAnUnknownAttribute() {
    Map<String, String> target = validTarget();
    target.put("attribute", "约束性");

    assertThat(errorsWith(target))
        .containsExactly(
            FILE + ":15: attribute: unknown value '约束性'; allowed: BINDING, EXPECTED, NOT_STATED");
  }

  @Test
  void shouldReportATargetYearBeforeOrAtTheBaseYear() {
    Map<String, String> before = validTarget();
    before.put("targetYear", "2019");
    Map<String, String> same = validTarget();
    same.put("targetYear", "2020");

    assertThat(errorsWith(before))
        .containsExactly(
            FILE
                + ":13: targetYear: targetYear 2019 must be after baseYear 2020 (the pace runs"
                + " from the base year to the target year)");
    assertThat(errorsWith(same)).hasSize(1);
  }

  @Test
  void shouldReportAYearOutsideTheRange() {
    Map<String, String> target = validTarget();
    target.put("targetYear", "20225");

    assertThat(errorsWith(target))
        .containsExactly(FILE + ":13: targetYear: year 20225 is outside 1949–2100");
  }

  @Test
  void shouldReportABaseValueWithoutABaseYear() {
    Map<String, String> target = validTarget();
    target.remove("baseYear");

    assertThat(errorsWith(target))
        .containsExactly(
            FILE + ":11: baseValue: baseValue needs baseYear, the year the base figure is for");
  }

  @Test
  void shouldRequireAPercentUnitOnGrowthAndReductionTargets() {
    Map<String, String> growth = validTarget();
    growth.put("kind", "ANNUAL_GROWTH");
    Map<String, String> reduction = validTarget();
    reduction.put("kind", "REDUCTION");
    reduction.put("unit", "\"%\"");

    assertThat(errorsWith(growth))
        .containsExactly(
            FILE
                + ":10: unit: a target of kind ANNUAL_GROWTH is a percentage change; its unit"
                + " must be %, found '亿元'");
    assertThat(errorsWith(reduction)).isEmpty();
  }

  @Test
  void shouldReportAUnitThatCannotBeConvertedToTheIndicators() {
    Map<String, String> target = validTarget();
    target.put("unit", "亿美元");

    assertThat(errorsWith(target))
        .containsExactly(
            FILE
                + ":10: unit: unit '亿美元' does not match indicator gdp (亿元) and cannot be"
                + " converted to it; use 亿元 or a 万/亿 multiple of it");
  }

  @Test
  void shouldConvertATargetInAConvertibleUnitToTheIndicatorsUnit() {
    Map<String, String> target = validTarget();
    target.put("unit", "万元");
    target.put("value", "5000000");
    errorsWith(target);

    assertThat(CatalogueLoader.load(dir).target("htz_gdp_2022").orElseThrow())
        .satisfies(
            loaded -> {
              assertThat(loaded.value()).isEqualTo(500.0);
              assertThat(loaded.baseValue()).isEqualTo(0.03);
            });
  }

  @Test
  void shouldReportATargetIdUsedInAnotherFile() {
    Map<String, String> target = validTarget();
    target.put("id", "hunnan_gdp_2025");

    assertThat(errorsWith(target))
        .containsExactly(
            FILE
                + ":4: id: duplicate target id hunnan_gdp_2025; already defined in"
                + " targets/hunnan.yaml line 4");
  }

  @Test
  void shouldReportAMalformedTargetId() {
    Map<String, String> target = validTarget();
    target.put("id", "\"gdp|2025\"");

    assertThat(errorsWith(target))
        .containsExactly(
            FILE
                + ":4: id: 'gdp|2025' is not a target id; use lower case, digits, _ . -, e.g."
                + " hunnan_gdp_2025");
  }

  @Test
  void shouldReportAMissingOrNonPositiveSourceLine() {
    Map<String, String> missing = validTarget();
    missing.remove("line");
    Map<String, String> negative = validTarget();
    negative.put("line", "-3");

    assertThat(errorsWith(missing))
        .containsExactly(FILE + ":4: line: missing required field 'line' of target");
    assertThat(errorsWith(negative))
        .containsExactly(
            FILE + ":14: line: line -3 is not a line of the plan document; lines start at 1");
  }

  @Test
  void shouldReportAMissingSourceDocument() {
    Fixtures.write(
        dir,
        FILE,
        "title: 沈阳市建设国家中心城市行动计划",
        "targets:",
        "  - {id: t, indicator: gdp, region: \"210112\", kind: ANNUAL_LEVEL, comparator: REACH,",
        "     value: 1, unit: 亿元, targetYear: 2022, line: 3}");

    assertThat(Fixtures.errors(dir))
        .containsExactly(FILE + ":1: document: missing required field 'document' of targets file");
  }

  @Test
  void shouldReportTwoTargetFilesForOnePlanDocument() {
    Fixtures.write(
        dir,
        FILE,
        "document: 000_b20c9fafa9e76511.txt",
        "title: 沈阳市浑南区国民经济和社会发展第十四个五年规划",
        "targets: []");

    assertThat(Fixtures.errors(dir))
        .containsExactly(
            FILE
                + ":1: document: document 000_b20c9fafa9e76511.txt is already the source of"
                + " targets/hunnan.yaml; keep one target file per plan document");
  }

  @Test
  void shouldReportNumbersThatDoNotParse() {
    Map<String, String> target = validTarget();
    target.put("value", "1,000");
    target.put("baseValue", "579.1亿");
    target.put("baseYear", "2020.0");

    assertThat(errorsWith(target))
        .containsExactly(
            FILE
                + ":9: value: '1,000' is not a number; write the bare figure (e.g. 8.5), the unit"
                + " and the comparator (以上, 左右…) go in their own fields",
            FILE
                + ":11: baseValue: '579.1亿' is not a number; write the bare figure (e.g. 8.5), the"
                + " unit and the comparator (以上, 左右…) go in their own fields",
            FILE + ":12: baseYear: '2020.0' is not a whole number");
  }

  @Test
  void shouldReportMissingRequiredFieldsAtTheEntry() {
    Map<String, String> target = validTarget();
    target.remove("kind");
    target.remove("unit");

    assertThat(errorsWith(target))
        .containsExactly(
            FILE + ":4: kind: missing required field 'kind' of target",
            FILE + ":4: unit: missing required field 'unit' of target");
  }

  @Test
  void shouldReportAnUnknownFieldSuchAsAMisspeltOne() {
    Map<String, String> target = validTarget();
    target.put("targetyear", "2025");

    assertThat(errorsWith(target))
        .containsExactly(
            FILE
                + ":15: targetyear: unknown field of target; allowed: id, indicator, region, kind,"
                + " comparator, value, unit, baseValue, baseYear, targetYear, attribute, soft,"
                + " line, note");
  }

  @Test
  void shouldReportASoftFlagThatIsNotABoolean() {
    Map<String, String> target = validTarget();
    target.put("soft", "力争");

    assertThat(errorsWith(target))
        .containsExactly(FILE + ":15: soft: '力争' is not a boolean; allowed: true, false");
  }

  @Test
  void shouldReportEveryErrorOfOneTargetNotOnlyTheFirst() {
    Map<String, String> target = validTarget();
    target.put("indicator", "nope");
    target.put("region", "nowhere");
    target.put("comparator", "MORE");
    target.put("line", "0");

    assertThat(errorsWith(target)).hasSize(4);
  }
}
