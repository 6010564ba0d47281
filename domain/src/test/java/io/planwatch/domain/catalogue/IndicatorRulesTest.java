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
 * One test per rule on indicators.yaml. Each writes the two indicators the valid fixture's targets
 * need (gdp on lines 2–10, then market_entities from line 11, fields in the order of {@link
 * #marketEntities()}).
 */
class IndicatorRulesTest {

  private static final String FILE = "indicators.yaml";

  /** What the fixture's target on market_entities reports when that indicator has no code. */
  private static final String UNKNOWN_MARKET_ENTITIES =
      "targets/hunnan.yaml:28: indicator: unknown indicator 'market_entities'; define it in"
          + " indicators.yaml";

  @TempDir Path dir;

  @BeforeEach
  void copyValidCatalogue() {
    Fixtures.copy("catalogue-valid", dir);
  }

  /** Line 11 code, 12 nameZh, 13 nameEn, 14 unit, 15 measure, 16 frequency, 17 priceBasis… */
  private static Map<String, String> marketEntities() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("code", "market_entities");
    fields.put("nameZh", "市场主体");
    fields.put("nameEn", "Market entities");
    fields.put("unit", "户");
    fields.put("measure", "PERIOD_LEVEL");
    fields.put("frequency", "MONTHLY");
    fields.put("priceBasis", "NOT_APPLICABLE");
    fields.put("direction", "HIGHER_IS_BETTER");
    fields.put("additive", "true");
    return fields;
  }

  private List<String> errorsWith(Map<String, String> second) {
    List<String> lines = new ArrayList<>();
    lines.add("indicators:");
    lines.add("  - code: gdp");
    lines.add("    nameZh: 地区生产总值");
    lines.add("    nameEn: Gross regional product");
    lines.add("    unit: 亿元");
    lines.add("    measure: YTD_LEVEL");
    lines.add("    frequency: QUARTERLY");
    lines.add("    priceBasis: CURRENT");
    lines.add("    direction: HIGHER_IS_BETTER");
    lines.add("    additive: true");
    lines.addAll(Fixtures.entry(second));
    Fixtures.write(dir, FILE, lines.toArray(String[]::new));
    return Fixtures.errors(dir);
  }

  @Test
  void shouldAcceptTheValidIndicators() {
    assertThat(errorsWith(marketEntities())).isEmpty();
  }

  @Test
  void shouldReportUnknownEnumValuesListingTheAllowedOnes() {
    Map<String, String> indicator = marketEntities();
    indicator.put("measure", "STOCK");
    indicator.put("frequency", "YEARLY");
    indicator.put("direction", "UP");

    assertThat(errorsWith(indicator))
        .containsExactly(
            FILE
                + ":15: measure: unknown value 'STOCK'; allowed: YTD_LEVEL, YTD_GROWTH,"
                + " PERIOD_LEVEL, RATE",
            FILE + ":16: frequency: unknown value 'YEARLY'; allowed: MONTHLY, QUARTERLY, ANNUAL",
            FILE
                + ":18: direction: unknown value 'UP'; allowed: HIGHER_IS_BETTER,"
                + " LOWER_IS_BETTER");
  }

  @Test
  void shouldReportADuplicateIndicatorCode() {
    Map<String, String> indicator = marketEntities();
    indicator.put("code", "gdp");

    assertThat(errorsWith(indicator))
        .containsExactly(
            FILE + ":11: code: duplicate indicator code gdp; already defined on line 2",
            UNKNOWN_MARKET_ENTITIES);
  }

  @Test
  void shouldReportAMalformedIndicatorCode() {
    Map<String, String> indicator = marketEntities();
    indicator.put("code", "Market-Entities");

    assertThat(errorsWith(indicator))
        .containsExactly(
            FILE
                + ":11: code: 'Market-Entities' is not an indicator code; use lower case, digits"
                + " and _, e.g. gdp_growth",
            UNKNOWN_MARKET_ENTITIES);
  }

  @Test
  void shouldReportANameAlreadyUsedByAnotherIndicator() {
    Map<String, String> indicator = marketEntities();
    indicator.put("aliases", "[地区生产总值]");

    assertThat(errorsWith(indicator))
        .containsExactly(
            FILE
                + ":20: aliases: name '地区生产总值' is already used by indicator gdp (line 3);"
                + " names must be unique so that files can be matched by name");
  }

  @Test
  void shouldReportBandsOutOfOrderOrIncomplete() {
    Map<String, String> disordered = marketEntities();
    disordered.put("bands", "{ahead: 0.95, onTrack: 0.98, behind: 0.9}");
    Map<String, String> incomplete = marketEntities();
    incomplete.put("bands", "{ahead: 1.02, onTrack: 0.98}");

    assertThat(errorsWith(disordered))
        .containsExactly(
            FILE
                + ":20: bands: bands must satisfy ahead >= onTrack >= behind; found 0.95, 0.98,"
                + " 0.9");
    assertThat(errorsWith(incomplete))
        .containsExactly(FILE + ":20: behind: missing required field 'behind' of bands");
  }

  @Test
  void shouldReportAMissingOrMalformedAdditiveFlag() {
    Map<String, String> missing = marketEntities();
    missing.remove("additive");
    Map<String, String> malformed = marketEntities();
    malformed.put("additive", "是");

    assertThat(errorsWith(missing))
        .containsExactly(
            FILE
                + ":11: additive: missing required field 'additive' of indicator (true when"
                + " regional figures add up to the parent's)");
    assertThat(errorsWith(malformed))
        .containsExactly(FILE + ":19: additive: '是' is not a boolean; allowed: true, false");
  }

  @Test
  void shouldReportAMissingUnit() {
    Map<String, String> indicator = marketEntities();
    indicator.remove("unit");

    assertThat(errorsWith(indicator))
        .containsExactly(FILE + ":11: unit: missing required field 'unit' of indicator");
  }
}
