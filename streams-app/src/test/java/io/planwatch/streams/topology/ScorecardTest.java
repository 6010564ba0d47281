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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
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
    recomputeScorecards();

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
    final TestOutputTopic<String, RegionScorecard> scorecards = hunnanAndHepingScoredInJune();

    observe("gdp", HEPING, 2022, 9, YTD_GROWTH, 10.0, "q3", 0);
    recomputeScorecards();

    final Map<String, RegionScorecard> changed = scorecards.readKeyValuesToMap();
    assertThat(changed).containsOnlyKeys(HUNNAN + "|2022", HEPING + "|2022");
    assertThat(growthRanking(changed.get(HEPING + "|2022")).getRank()).isEqualTo(1);
    assertThat(growthRanking(changed.get(HUNNAN + "|2022")).getRank()).isEqualTo(2);
  }

  @Test
  void shouldEmitOneScorecardPerRegionAfterABurstOfProgress() {
    hunnanAndHepingWithGrowthTargets();
    final TestOutputTopic<String, RegionScorecard> scorecards = output(topics.scorecards());

    for (int month = 1; month <= 6; month++) {
      observe("gdp", HUNNAN, 2022, month, YTD_GROWTH, 9.0 + month, "m" + month, 0);
      observe("gdp", HEPING, 2022, month, YTD_GROWTH, 7.0 - month, "m" + month, 0);
    }
    assertThat(progressValues()).hasSize(12);
    assertThat(scorecards.isEmpty()).as("nothing before the interval has passed").isTrue();

    recomputeScorecards();

    final List<TestRecord<String, RegionScorecard>> emitted = scorecards.readRecordsToList();
    assertThat(emitted)
        .extracting(TestRecord::key)
        .containsExactlyInAnyOrder(HUNNAN + "|2022", HEPING + "|2022");
    assertThat(emitted).extracting(r -> r.value().getPeriod().getMonth()).containsOnly(6);
    assertThat(emitted.stream().filter(r -> r.key().startsWith(HUNNAN)).findFirst().orElseThrow())
        .extracting(r -> growthRanking(r.value()).getRank())
        .isEqualTo(1);
  }

  @Test
  void shouldNotEmitAScorecardWhoseContentDidNotChange() {
    final TestOutputTopic<String, RegionScorecard> scorecards = hunnanAndHepingScoredInJune();

    // A small move of Hunnan's growth keeps its status and both ranks, but not its deviation.
    observe("gdp", HUNNAN, 2022, 6, YTD_GROWTH, 9.6, "q2", 1);
    recomputeScorecards();

    assertThat(scorecards.readKeyValuesToMap()).containsOnlyKeys(HUNNAN + "|2022");
    recomputeScorecards();
    assertNoMore(scorecards);
  }

  @Test
  void shouldDeleteTheScorecardOfARegionWhoseLastTargetIsWithdrawn() {
    final TestOutputTopic<String, RegionScorecard> scorecards = hunnanAndHepingScoredInJune();

    deleteTarget(growthTarget(HEPING, 8.0).id());
    recomputeScorecards();

    final Map<String, RegionScorecard> changed = scorecards.readKeyValuesToMap();
    assertThat(changed).containsEntry(HEPING + "|2022", null).containsKey(HUNNAN + "|2022");
    assertThat(growthRanking(changed.get(HUNNAN + "|2022")).getRankedRegions()).isEqualTo(1);
  }

  @Test
  void shouldKeepThePendingGroupInItsChangelogUntilTheRecompute() {
    hunnanAndHepingWithGrowthTargets();
    final TestOutputTopic<String, byte[]> marks =
        driver.createOutputTopic(
            APP_ID + "-" + PaceStores.SCORECARD_PENDING + "-changelog",
            new StringDeserializer(),
            new ByteArrayDeserializer());
    observe("gdp", HUNNAN, 2022, 6, YTD_GROWTH, 9.5, "q2", 0);
    observe("gdp", HEPING, 2022, 6, YTD_GROWTH, 7.8, "q2", 0);

    // Committed with the progress that caused it: a restart restores the mark from here.
    assertThat(marks.readKeyValuesToMap()).containsOnlyKeys("210100|2022");

    recomputeScorecards();

    final Map<String, byte[]> cleared = marks.readKeyValuesToMap();
    assertThat(cleared).containsOnlyKeys("210100|2022");
    assertThat(cleared.get("210100|2022")).isNull();
  }

  private void hunnanAndHepingWithGrowthTargets() {
    reference(List.of("210000", "210100", HUNNAN, HEPING), List.of("gdp"));
    target(growthTarget(HUNNAN, 8.0));
    target(growthTarget(HEPING, 8.0));
  }

  /** Hunnan ahead, Heping on track in June; their first scorecards are emitted and read. */
  private TestOutputTopic<String, RegionScorecard> hunnanAndHepingScoredInJune() {
    hunnanAndHepingWithGrowthTargets();
    final TestOutputTopic<String, RegionScorecard> scorecards = output(topics.scorecards());
    observe("gdp", HUNNAN, 2022, 6, YTD_GROWTH, 9.5, "q2", 0);
    observe("gdp", HEPING, 2022, 6, YTD_GROWTH, 7.8, "q2", 0);
    recomputeScorecards();
    scorecards.readKeyValuesToMap();
    return scorecards;
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
