package io.planwatch.domain.catalogue;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Comparator;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.TargetKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue shipped on the classpath: the targets of the five seed plans. */
class ShippedCatalogueTest {

  /**
   * The five seed documents and their number of lines: every target must name one of them and a
   * line inside it.
   */
  private static final Map<String, Integer> SEED_LINES =
      Map.of(
          "000_b20c9fafa9e76511.txt", 325,
          "001_9f48f0a973b12739.txt", 140,
          "002_0c3f07806a4ed513.txt", 293,
          "003_014f67275c7d4a81.txt", 60,
          "004_d8f660d016160240.txt", 2089);

  private static final int TOTAL_TARGETS = 550;

  private static Catalogue catalogue;

  @BeforeAll
  static void load() {
    CatalogueResult result = CatalogueLoader.validateClasspath(CatalogueLoader.DEFAULT_ROOT);
    assertThat(result.errors()).isEmpty();
    catalogue = Catalogue.loadDefault();
  }

  @Test
  void shouldLoadEveryTargetOfTheFiveSeedPlans() {
    assertThat(catalogue.targets()).hasSizeGreaterThanOrEqualTo(150).hasSize(TOTAL_TARGETS);
    Map<String, Long> perDocument =
        catalogue.targets().values().stream()
            .collect(groupingBy(t -> t.source().document(), TreeMap::new, counting()));
    assertThat(perDocument)
        .containsExactly(
            Map.entry("000_b20c9fafa9e76511.txt", 181L),
            Map.entry("001_9f48f0a973b12739.txt", 23L),
            Map.entry("002_0c3f07806a4ed513.txt", 183L),
            Map.entry("003_014f67275c7d4a81.txt", 8L),
            Map.entry("004_d8f660d016160240.txt", 155L));
  }

  @Test
  void shouldNameASeedDocumentAndALineInsideItForEveryTarget() {
    for (PlanTarget target : catalogue.targets().values()) {
      String document = target.source().document();
      assertThat(SEED_LINES).as("document of %s", target.id()).containsKey(document);
      assertThat(target.source().line())
          .as("line of %s", target.id())
          .isBetween(1, SEED_LINES.get(document));
    }
  }

  @Test
  void shouldHaveATitleForEachSeedDocument() {
    for (String document : SEED_LINES.keySet()) {
      assertThat(catalogue.documentTitle(document)).as(document).isPresent();
    }
  }

  @Test
  void shouldPrefixEveryTargetIdWithItsDocumentNumberRegionIndicatorKindAndYear() {
    for (PlanTarget target : catalogue.targets().values()) {
      String[] parts = target.id().split("\\.");
      assertThat(parts).as(target.id()).hasSizeBetween(5, 6);
      assertThat(parts[0]).isEqualTo(target.source().document().substring(0, 3));
      assertThat(parts[2]).as(target.id()).isEqualTo(target.indicatorCode());
      assertThat(parts[4]).as(target.id()).isEqualTo(Integer.toString(target.targetYear()));
    }
  }

  @Test
  void shouldDefineOnlyIndicatorsThatSomeTargetTracks() {
    Set<String> tracked =
        catalogue.targets().values().stream()
            .map(PlanTarget::indicatorCode)
            .collect(Collectors.toSet());
    assertThat(catalogue.indicators().keySet()).containsExactlyInAnyOrderElementsOf(tracked);
  }

  @Test
  void shouldHoldHunnanGdpFrom5791To1000YuanBillionsAndItsGrowthRate() {
    PlanTarget level = target("000.hunnan.gdp.level.2025");
    assertThat(level.regionCode()).isEqualTo("210112");
    assertThat(level.kind()).isEqualTo(TargetKind.END_OF_PERIOD_LEVEL);
    assertThat(level.value()).isEqualTo(1000.0);
    assertThat(level.baseValue()).isEqualTo(579.1);
    assertThat(level.baseYear()).isEqualTo(2020);
    assertThat(level.targetYear()).isEqualTo(2025);
    assertThat(level.source().line()).isEqualTo(48);

    PlanTarget growth = target("000.hunnan.gdp.avg-growth.2025");
    assertThat(growth.kind()).isEqualTo(TargetKind.AVERAGE_ANNUAL_GROWTH);
    assertThat(growth.comparator()).isEqualTo(Comparator.ABOUT);
    assertThat(growth.value()).isEqualTo(8.5);
  }

  @Test
  void shouldHoldHunnanHighTechEnterprisesFrom786To2000() {
    PlanTarget target = target("000.hunnan.hightech_enterprises.level.2025");
    assertThat(target.baseValue()).isEqualTo(786.0);
    assertThat(target.value()).isEqualTo(2000.0);
    assertThat(target.source().line()).isEqualTo(50);
    assertThat(target("003.hunnan.hightech_enterprises.level.2022").comparator())
        .isEqualTo(Comparator.AT_LEAST);
  }

  @Test
  void shouldHoldShenyangIndustrialValueAddedGrowthOf12PercentFor2022() {
    PlanTarget target = target("002.shenyang.industrial_value_added.growth.2022");
    assertThat(target.regionCode()).isEqualTo("210100");
    assertThat(target.kind()).isEqualTo(TargetKind.ANNUAL_GROWTH);
    assertThat(target.value()).isEqualTo(12.0);
    assertThat(target.source().line()).isEqualTo(13);
  }

  @Test
  void shouldBoundShenyangUnemploymentAt37PercentAtMost() {
    PlanTarget target = target("002.shenyang.urban_registered_unemployment_rate.bound.2022");
    assertThat(target.kind()).isEqualTo(TargetKind.RATE_BOUND);
    assertThat(target.comparator()).isEqualTo(Comparator.AT_MOST);
    assertThat(target.value()).isEqualTo(3.7);
  }

  @Test
  void shouldLeaveLiaoningTargetsWithoutAttributeBecauseTheIndicatorTableIsMissingFromTheText() {
    List<PlanTarget> liaoning = targetsOf("004_d8f660d016160240.txt");
    assertThat(liaoning).isNotEmpty();
    assertThat(liaoning).extracting(PlanTarget::attribute).containsOnly(Attribute.NOT_STATED);
    assertThat(liaoning)
        .noneMatch(t -> t.indicatorCode().equals("urban_registered_unemployment_rate"));
    PlanTarget urbanization = target("004.liaoning.urbanization_rate.share.2025");
    assertThat(urbanization.value()).isEqualTo(69.0);
    assertThat(urbanization.source().line()).isEqualTo(1052);
  }

  @Test
  void shouldConvertTheFreeTradeZoneFdiTargetFromTenThousandsToHundredMillionsOfDollars() {
    PlanTarget target = target("000.ftz.fdi_utilized.level.2025");
    assertThat(catalogue.indicator("fdi_utilized").orElseThrow().unit()).isEqualTo("亿美元");
    assertThat(target.value()).isCloseTo(0.5, within(1e-9));
    assertThat(target.note()).contains("5000 万美元");
  }

  @Test
  void shouldKeepBothSidesOfTheHunnanMarketEntitiesDisagreement() {
    assertThat(catalogue.targetsFor("market_entities", "210112"))
        .extracting(PlanTarget::kind, PlanTarget::value)
        .containsExactlyInAnyOrder(
            tuple(TargetKind.END_OF_PERIOD_LEVEL, 15.5),
            tuple(TargetKind.AVERAGE_ANNUAL_GROWTH, 20.0));
  }

  @Test
  void shouldKeepBothShenyangGreenCoverageFiguresFor2022() {
    Map<Integer, Double> byLine =
        catalogue.targetsFor("builtup_green_coverage", "210100").stream()
            .collect(Collectors.toMap(t -> t.source().line(), PlanTarget::value));
    assertThat(byLine).containsExactlyInAnyOrderEntriesOf(Map.of(23, 40.85, 267, 40.0));
  }

  @Test
  void shouldMarkStriveForTargetsAsSoft() {
    assertThat(target("002.shenyang.vehicle_output.level.2022").soft()).isTrue();
    assertThat(target("002.shenyang.industrial_value_added.growth.2022").soft()).isFalse();
  }

  @Test
  void shouldGiveTheDistrictsTheirOwnShareOfShenyangsDigitalEconomyProjects() {
    Map<String, Double> perRegion =
        catalogue.targets().values().stream()
            .filter(t -> t.indicatorCode().equals("digital_economy_projects"))
            .collect(Collectors.toMap(PlanTarget::regionCode, PlanTarget::value));
    assertThat(perRegion)
        .hasSize(14)
        .containsEntry("210100", 250.0)
        .containsEntry("210112", 30.0)
        .containsEntry("210102", 20.0)
        .containsEntry("210124", 10.0);
  }

  @Test
  void shouldFindCoreIndicatorsByTheNamesBureauFilesAndTheLiaoningPlanUse() {
    assertThat(catalogue.indicatorByName("地區生產總值").map(Indicator::code)).hasValue("gdp");
    assertThat(catalogue.indicatorByName("实际使用外资").map(Indicator::code)).hasValue("fdi_utilized");
    assertThat(catalogue.indicatorByName("规上工业增加值").map(Indicator::code))
        .hasValue("industrial_value_added");
  }

  private static PlanTarget target(String id) {
    return catalogue.target(id).orElseThrow(() -> new AssertionError("no target " + id));
  }

  private static List<PlanTarget> targetsOf(String document) {
    return catalogue.targets().values().stream()
        .filter(t -> t.source().document().equals(document))
        .collect(Collectors.toList());
  }
}
