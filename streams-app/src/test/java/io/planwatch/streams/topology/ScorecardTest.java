package io.planwatch.streams.topology;

import static io.planwatch.avro.Measure.YTD_GROWTH;
import static io.planwatch.avro.Measure.YTD_LEVEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.planwatch.avro.DeviationKind;
import io.planwatch.avro.IndicatorRanking;
import io.planwatch.avro.RegionScorecard;
import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Comparator;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.SourceRef;
import io.planwatch.domain.model.TargetKind;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.Test;

/** Scorecards per region and year, with the ranking among the districts of a city. */
class ScorecardTest extends TopologyTestBase {
  static final String HUNNAN = "210112";
  static final String HEPING = "210102";
  static final String SHENHE = "210103";

  @Test
  void shouldCountStatusesAndRankSiblingDistrictsByDeviation() {
    reference(List.of("210000", "210100", HUNNAN, HEPING, SHENHE), List.of("gdp"));
    for (final String district : List.of(HUNNAN, HEPING, SHENHE)) {
      target(growthTarget(district, 8.0));
    }
    target(AvroFixtures.catalogueTarget("000.hunnan.gdp.level.2025"));
    final TestOutputTopic<String, RegionScorecard> scorecards = output(topics.scorecards());

    observe("gdp", HUNNAN, 2022, 6, YTD_GROWTH, 9.5, "q2", 0); // +1.5 pp: AHEAD
    observe("gdp", HEPING, 2022, 6, YTD_GROWTH, 7.8, "q2", 0); // −0.2 pp: ON_TRACK
    observe("gdp", SHENHE, 2022, 6, YTD_GROWTH, 5.0, "q2", 0); // −3.0 pp: CRITICAL
    observe("gdp", HUNNAN, 2022, 6, YTD_LEVEL, 320, "q2", 0); // ρ 0.888: CRITICAL

    final Map<String, RegionScorecard> latest = scorecards.readKeyValuesToMap();
    final RegionScorecard hunnan = latest.get(HUNNAN + "|2022");
    assertThat(hunnan.getRegionNameZh()).isEqualTo("浑南区");
    assertThat(hunnan.getAhead()).isEqualTo(1);
    assertThat(hunnan.getCritical()).isEqualTo(1);
    assertThat(hunnan.getShareOnTrack()).isCloseTo(0.5, within(1e-9));
    assertThat(growthRanking(hunnan))
        .extracting(IndicatorRanking::getRank, IndicatorRanking::getRankedRegions)
        .containsExactly(1, 3);
    assertThat(growthRanking(hunnan).getParentRegionCode()).isEqualTo("210100");
    assertThat(growthRanking(latest.get(HEPING + "|2022")).getRank()).isEqualTo(2);
    assertThat(growthRanking(latest.get(SHENHE + "|2022")).getRank()).isEqualTo(3);
    assertThat(latest.get(SHENHE + "|2022").getShareOnTrack()).isEqualTo(0.0);
    assertThat(hunnan.getRankings())
        .filteredOn(r -> r.getDeviationKind() == DeviationKind.RATIO)
        .singleElement()
        .extracting(IndicatorRanking::getRankedRegions)
        .isEqualTo(1);
  }

  @Test
  void shouldReRankSiblingsWhenOneOfThemImproves() {
    reference(List.of("210000", "210100", HUNNAN, HEPING), List.of("gdp"));
    target(growthTarget(HUNNAN, 8.0));
    target(growthTarget(HEPING, 8.0));
    final TestOutputTopic<String, RegionScorecard> scorecards = output(topics.scorecards());
    observe("gdp", HUNNAN, 2022, 6, YTD_GROWTH, 9.5, "q2", 0);
    observe("gdp", HEPING, 2022, 6, YTD_GROWTH, 7.8, "q2", 0);
    scorecards.readKeyValuesToMap();

    observe("gdp", HEPING, 2022, 9, YTD_GROWTH, 10.0, "q3", 0);

    final Map<String, RegionScorecard> changed = scorecards.readKeyValuesToMap();
    assertThat(changed).containsOnlyKeys(HUNNAN + "|2022", HEPING + "|2022");
    assertThat(growthRanking(changed.get(HEPING + "|2022")).getRank()).isEqualTo(1);
    assertThat(growthRanking(changed.get(HUNNAN + "|2022")).getRank()).isEqualTo(2);
  }

  private static IndicatorRanking growthRanking(final RegionScorecard card) {
    return card.getRankings().stream()
        .filter(r -> r.getDeviationKind() == DeviationKind.GAP_PP)
        .findFirst()
        .orElseThrow();
  }

  static PlanTarget growthTarget(final String region, final double growth) {
    return new PlanTarget(
        "test." + region + ".gdp.growth.2022",
        "gdp",
        region,
        TargetKind.ANNUAL_GROWTH,
        Comparator.AT_LEAST,
        growth,
        null,
        null,
        2022,
        Attribute.EXPECTED,
        false,
        new SourceRef("test-plan", 1),
        null);
  }
}
