package io.planwatch.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.model.Region;
import io.planwatch.domain.model.RegionKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped regions.yaml, loaded with a small indicator and target fixture. */
class ShippedRegionsTest {

  @TempDir Path dir;

  private Catalogue catalogue;

  @BeforeEach
  void load() {
    Fixtures.copy("catalogue-regions-check", dir);
    Fixtures.copyResource("/catalogue/regions.yaml", dir.resolve("regions.yaml"));
    CatalogueResult result = CatalogueLoader.validate(dir);
    assertThat(result.errors()).isEmpty();
    catalogue = result.orThrow();
  }

  @Test
  void shouldLoadTheShippedRegionsWithoutErrors() {
    assertThat(catalogue.targets()).containsOnlyKeys("hunnan_gdp_2025", "ftz_imports_exports_2025");
  }

  @Test
  void shouldShipRegionsAndAnIndexWithoutErrorsWhateverTheOtherFilesHold() {
    assertThat(CatalogueLoader.validateClasspath(CatalogueLoader.DEFAULT_ROOT).errors())
        .filteredOn(
            error -> error.file().equals(RegionsFile.FILE) || error.file().equals(IndexFile.FILE))
        .isEmpty();
  }

  @Test
  void shouldHoldLiaoningAndItsFourteenCities() {
    assertThat(catalogue.region("210000").map(Region::kind)).hasValue(RegionKind.PROVINCE);
    assertThat(catalogue.children("210000").stream().filter(r -> r.kind() == RegionKind.CITY))
        .extracting(Region::code)
        .containsExactly(
            "210100", "210200", "210300", "210400", "210500", "210600", "210700", "210800",
            "210900", "211000", "211100", "211200", "211300", "211400");
  }

  @Test
  void shouldHoldShenyangsThirteenCountyLevelDivisions() {
    List<Region> administrative =
        catalogue.children("210100").stream().filter(Region::rollsUp).toList();

    assertThat(administrative)
        .extracting(Region::code)
        .containsExactly(
            "210102", "210103", "210104", "210105", "210106", "210111", "210112", "210113",
            "210114", "210115", "210123", "210124", "210181");
    assertThat(catalogue.region("210181").map(Region::kind)).hasValue(RegionKind.COUNTY_LEVEL_CITY);
    assertThat(catalogue.region("210123").map(Region::kind)).hasValue(RegionKind.COUNTY);
  }

  @Test
  void shouldHoldTheZonesThePlansScopeTargetsTo() {
    for (String name : List.of("沈阳高新区", "自贸区沈阳片区", "浑南科技城", "棋盘山地区", "综合保税区", "临空经济区")) {
      assertThat(catalogue.regionByName(name))
          .as(name)
          .hasValueSatisfying(
              zone -> {
                assertThat(zone.kind()).isEqualTo(RegionKind.ZONE);
                assertThat(zone.rollsUp()).isFalse();
              });
    }
    assertThat(catalogue.region("Z210100-HTZ").map(Region::parentCode)).hasValue("210112");
  }

  @Test
  void shouldHoldTheLiaoningPlansGroupingsWithTheMembersItNames() {
    assertThat(catalogue.group("shenyang_metro_circle").orElseThrow().members())
        .containsExactly(
            "210100", "210300", "210400", "210500", "210900", "211000", "211200", "Z210000-SFDZ");
    assertThat(catalogue.group("liaoning_coastal_belt").orElseThrow().members())
        .containsExactly("210200", "210600", "210700", "210800", "211100", "211400");
    assertThat(catalogue.group("liaoxi_jjj_pilot_zone").orElseThrow().members())
        .containsExactly("210900", "211300", "211400");
    assertThat(catalogue.group("liaodong_green_zone").orElseThrow().members()).hasSize(9);
    assertThat(catalogue.region("210900").orElseThrow().groups())
        .containsExactly("shenyang_metro_circle", "liaoxi_jjj_pilot_zone");
  }

  @Test
  void shouldFindRegionsByTheTraditionalNamesOfTheLiaoningPlan() {
    assertThat(catalogue.regionByName("葫蘆島市").map(Region::code)).hasValue("211400");
    assertThat(catalogue.regionByName("寬甸縣").map(Region::code)).hasValue("210624");
    assertThat(catalogue.regionByName("Hunnan District").map(Region::code)).hasValue("210112");
  }
}
