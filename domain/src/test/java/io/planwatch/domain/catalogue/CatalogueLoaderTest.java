package io.planwatch.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Bands;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.RegionKind;
import io.planwatch.domain.model.SourceRef;
import io.planwatch.domain.model.TargetKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTest {

  @Test
  void shouldLoadAValidCatalogueFromADirectory() {
    CatalogueResult result = CatalogueLoader.validate(Fixtures.directory("catalogue-valid"));

    assertThat(result.errors()).isEmpty();
    Catalogue catalogue = result.orThrow();
    assertThat(catalogue.regions()).containsOnlyKeys("210000", "210100", "210112", "Z210100-HTZ");
    assertThat(catalogue.indicators()).containsOnlyKeys("gdp", "market_entities");
    assertThat(catalogue.targets())
        .containsOnlyKeys(
            "hunnan_gdp_2025",
            "hunnan_gdp_growth_2025",
            "hunnan_market_entities_2025",
            "htz_gdp_2022");
  }

  @Test
  void shouldLoadTheSameCatalogueFromTheClasspathThroughItsIndex() {
    Catalogue fromClasspath = CatalogueLoader.loadClasspath("catalogue-valid");
    Catalogue fromDirectory = CatalogueLoader.load(Fixtures.directory("catalogue-valid"));

    assertThat(fromClasspath.targets()).isEqualTo(fromDirectory.targets());
    assertThat(fromClasspath.regions()).isEqualTo(fromDirectory.regions());
    assertThat(fromClasspath.indicators()).isEqualTo(fromDirectory.indicators());
  }

  @Test
  void shouldBuildTargetsWithTheirSourceAndDefaults() {
    Catalogue catalogue = CatalogueLoader.load(Fixtures.directory("catalogue-valid"));

    PlanTarget gdp = catalogue.target("hunnan_gdp_2025").orElseThrow();
    assertThat(gdp)
        .isEqualTo(
            new PlanTarget(
                "hunnan_gdp_2025",
                "gdp",
                "210112",
                TargetKind.END_OF_PERIOD_LEVEL,
                io.planwatch.domain.model.Comparator.REACH,
                1000,
                579.1,
                2020,
                2025,
                Attribute.NOT_STATED,
                false,
                new SourceRef("000_b20c9fafa9e76511.txt", 48),
                null));
    PlanTarget htz = catalogue.target("htz_gdp_2022").orElseThrow();
    assertThat(htz.attribute()).isEqualTo(Attribute.BINDING);
    assertThat(htz.baseValue()).isNull();
    assertThat(htz.baseYear()).isNull();
    assertThat(catalogue.documentTitle("000_b20c9fafa9e76511.txt"))
        .hasValueSatisfying(title -> assertThat(title).startsWith("沈阳市浑南区"));
  }

  @Test
  void shouldConvertATargetInTenThousandsToTheIndicatorUnit() {
    Catalogue catalogue = CatalogueLoader.load(Fixtures.directory("catalogue-valid"));

    PlanTarget entities = catalogue.target("hunnan_market_entities_2025").orElseThrow();
    assertThat(entities.value()).isEqualTo(155_000.0);
    assertThat(entities.baseValue()).isEqualTo(76_000.0);
    assertThat(entities.soft()).isTrue();
    assertThat(entities.attribute()).isEqualTo(Attribute.EXPECTED);
  }

  @Test
  void shouldKeepAGrowthTargetAndItsBaseInPercent() {
    Catalogue catalogue = CatalogueLoader.load(Fixtures.directory("catalogue-valid"));

    PlanTarget growth = catalogue.target("hunnan_gdp_growth_2025").orElseThrow();
    assertThat(growth.value()).isEqualTo(8.5);
    assertThat(growth.baseValue()).isEqualTo(5.2);
    assertThat(growth.note()).isEqualTo("8.5%左右; presumably real growth");
  }

  @Test
  void shouldFindRegionsByChineseEnglishAndAliasNames() {
    Catalogue catalogue = CatalogueLoader.load(Fixtures.directory("catalogue-valid"));

    assertThat(catalogue.regionByName("浑南区"))
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("210112"));
    assertThat(catalogue.regionByName("  hunnan   DISTRICT "))
        .map(r -> r.code())
        .hasValue("210112");
    assertThat(catalogue.regionByName("ＨＵＮＮＡＮ District")).map(r -> r.code()).hasValue("210112");
    assertThat(catalogue.regionByName("沈陽市")).map(r -> r.code()).hasValue("210100");
    assertThat(catalogue.regionByName("沈阳高新区")).map(r -> r.kind()).hasValue(RegionKind.ZONE);
    assertThat(catalogue.regionByName("大连市")).isEmpty();
    assertThat(catalogue.regionByName(null)).isEmpty();
  }

  @Test
  void shouldFindIndicatorsByChineseEnglishAndAliasNames() {
    Catalogue catalogue = CatalogueLoader.load(Fixtures.directory("catalogue-valid"));

    assertThat(catalogue.indicatorByName("地区生产总值")).map(i -> i.code()).hasValue("gdp");
    assertThat(catalogue.indicatorByName("gross regional product"))
        .map(i -> i.code())
        .hasValue("gdp");
    assertThat(catalogue.indicatorByName("市场主体数量")).map(i -> i.code()).hasValue("market_entities");
    assertThat(catalogue.indicatorByName("一般公共预算收入")).isEmpty();
    assertThat(catalogue.indicator("market_entities").orElseThrow().bands())
        .isEqualTo(new Bands(1.05, 0.97, 0.9));
    assertThat(catalogue.indicator("gdp").orElseThrow().bands()).isNull();
  }

  @Test
  void shouldListTargetsByIndicatorAndRegion() {
    Catalogue catalogue = CatalogueLoader.load(Fixtures.directory("catalogue-valid"));

    assertThat(catalogue.targetsFor("gdp", "210112"))
        .extracting(PlanTarget::id)
        .containsExactly("hunnan_gdp_2025", "hunnan_gdp_growth_2025");
    assertThat(catalogue.targetsFor("gdp", "Z210100-HTZ"))
        .extracting(PlanTarget::id)
        .containsExactly("htz_gdp_2022");
    assertThat(catalogue.targetsFor("gdp", "210100")).isEmpty();
  }

  @Test
  void shouldDeriveEachRegionsGroupsFromTheGroupMembers() {
    Catalogue catalogue = CatalogueLoader.load(Fixtures.directory("catalogue-valid"));

    assertThat(catalogue.region("210100").orElseThrow().groups()).containsExactly("metro", "core");
    assertThat(catalogue.region("Z210100-HTZ").orElseThrow().groups()).containsExactly("core");
    assertThat(catalogue.region("210112").orElseThrow().groups()).isEmpty();
    assertThat(catalogue.group("core").orElseThrow().members())
        .containsExactly("210100", "Z210100-HTZ");
  }

  @Test
  void shouldKeepZonesOutOfTheirParentsSum() {
    Catalogue catalogue = CatalogueLoader.load(Fixtures.directory("catalogue-valid"));

    assertThat(catalogue.region("Z210100-HTZ").orElseThrow().rollsUp()).isFalse();
    assertThat(catalogue.region("210112").orElseThrow().rollsUp()).isTrue();
    assertThat(catalogue.children("210112"))
        .extracting(r -> r.code())
        .containsExactly("Z210100-HTZ");
  }

  @Test
  void shouldRefuseACatalogueWithErrorsListingThemAll(@TempDir Path dir) {
    Fixtures.copy("catalogue-valid", dir);
    Fixtures.write(
        dir, "regions.yaml", "regions:", "  - {code: \"210000\", nameZh: 辽宁省, kind: STATE}");

    assertThatThrownBy(() -> CatalogueLoader.load(dir))
        .isInstanceOfSatisfying(
            CatalogueValidationException.class,
            e -> {
              assertThat(e.errors()).hasSizeGreaterThan(2);
              assertThat(e.getMessage())
                  .contains("has " + e.errors().size() + " errors")
                  .contains("regions.yaml:2: nameEn: missing required field 'nameEn' of region")
                  .contains("regions.yaml:2: kind: unknown value 'STATE'");
            });
  }
}
