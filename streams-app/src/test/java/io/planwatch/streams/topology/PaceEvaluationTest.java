package io.planwatch.streams.topology;

import static io.planwatch.avro.Measure.RATE;
import static io.planwatch.avro.Measure.YTD_GROWTH;
import static io.planwatch.avro.Measure.YTD_LEVEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.planwatch.avro.AlertTransition;
import io.planwatch.avro.DeviationKind;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.PaceStatus;
import io.planwatch.avro.SeasonalBasis;
import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.PlanTarget;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** The pace model through the topology, on the seed plans' targets. */
class PaceEvaluationTest extends TopologyTestBase {
  static final String SHENYANG = "210100";
  static final String HUNNAN = "210112";

  @Test
  void shouldFlagShenyangIndustrialGrowthAsCriticalWithTheAlertText() {
    shenyangIndustry();

    observe("industrial_value_added", SHENYANG, 2022, 6, YTD_GROWTH, 5.1, "r-2022-06", 0);

    final TestRecord<String, IndicatorProgress> p = progress.readRecord();
    assertThat(p.key()).isEqualTo(RevisionHandlingTest.IVA_TARGET + "|2022");
    assertThat(p.value().getStatus()).isEqualTo(PaceStatus.CRITICAL);
    assertThat(p.value().getDeviationKind()).isEqualTo(DeviationKind.GAP_PP);
    assertThat(p.value().getDeviation()).isCloseTo(-6.9, within(1e-9));
    assertThat(p.value().getExpected()).isEqualTo(12.0);
    assertThat(p.value().getUnit()).isEqualTo("%");
    final TestRecord<String, PaceAlert> a = alerts.readRecord();
    assertThat(a.key()).isEqualTo(RevisionHandlingTest.IVA_TARGET + "|2022");
    assertThat(a.value().getTransition()).isEqualTo(AlertTransition.OPENED);
    assertThat(a.value().getTextZh()).contains("沈阳市 规模以上工业增加值 1-6月累计增长5.1%，低于年度目标12%（差6.9个百分点）");
    assertThat(a.value().getTextEn())
        .contains("Jan–Jun YTD growth 5.1 %, 6.9 pp below the annual target of 12 %");
    assertThat(a.value().getRegionNameEn()).isEqualTo("Shenyang");
    assertThat(a.value().getSource().getLine()).isEqualTo(13);
    assertNoMore(alerts);
  }

  @Test
  void shouldTreatALowerUnemploymentRateAsAheadOfItsCeiling() {
    reference(List.of("210000", SHENYANG), List.of("urban_registered_unemployment_rate"));
    target(
        AvroFixtures.catalogueTarget("002.shenyang.urban_registered_unemployment_rate.bound.2022"));

    observe("urban_registered_unemployment_rate", SHENYANG, 2022, 3, RATE, 2.5, "q1", 0);
    observe("urban_registered_unemployment_rate", SHENYANG, 2022, 6, RATE, 4.5, "q2", 0);

    assertThat(progressValues())
        .extracting(IndicatorProgress::getStatus, IndicatorProgress::getDeviation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PaceStatus.AHEAD, 3.7 - 2.5),
            org.assertj.core.groups.Tuple.tuple(PaceStatus.BEHIND, 3.7 - 4.5));
    assertThat(alertValues())
        .extracting(PaceAlert::getTransition)
        .containsExactly(AlertTransition.OPENED);
  }

  @Test
  void shouldCountAnAboutTargetOnTrackInsideItsBandAndAheadAboveIt() {
    reference(List.of("210000", SHENYANG, HUNNAN), List.of("gdp"));
    target(AvroFixtures.catalogueTarget("000.hunnan.gdp.avg-growth.2025"));

    observe("gdp", HUNNAN, 2022, 3, YTD_GROWTH, 8.1, "q1", 0);
    observe("gdp", HUNNAN, 2022, 6, YTD_GROWTH, 9.1, "q2", 0);
    observe("gdp", HUNNAN, 2022, 9, YTD_GROWTH, 7.9, "q3", 0);

    assertThat(progressValues())
        .extracting(IndicatorProgress::getStatus)
        .containsExactly(PaceStatus.ON_TRACK, PaceStatus.AHEAD, PaceStatus.BEHIND);
  }

  @Test
  void shouldAllowNoSlackOnABindingTarget() {
    reference(List.of("210000", SHENYANG), List.of("good_air_days_ratio"));
    final PlanTarget expected =
        AvroFixtures.catalogueTarget("002.shenyang.good_air_days_ratio.bound.2022");
    target(binding(expected));

    observe("good_air_days_ratio", SHENYANG, 2022, 6, RATE, 79.8, "r-06", 0);

    final IndicatorProgress p = progress.readValue();
    assertThat(p.getDeviation()).isCloseTo(-0.2, within(1e-9));
    assertThat(p.getStatus())
        .as("−0.2 pp would be ON_TRACK if expected")
        .isEqualTo(PaceStatus.BEHIND);
  }

  @Test
  void shouldUseLastYearsSeasonalShareForAYtdLevel() {
    hunnanGdpLevel();
    lastYear();
    progress.readValuesToList();

    observe("gdp", HUNNAN, 2022, 6, YTD_LEVEL, 320, "2022-q2", 0);

    final IndicatorProgress p = progress.readValue();
    assertThat(p.getYear()).isEqualTo(2022);
    assertThat(p.getAnnualMilestone()).isCloseTo(720.5, within(0.05));
    assertThat(p.getSeasonalBasis()).isEqualTo(SeasonalBasis.LAST_YEAR_PROFILE);
    assertThat(p.getExpected()).isCloseTo(720.5 * 300 / 650, within(0.05));
    assertThat(p.getDeviation()).isCloseTo(0.962, within(0.001));
    assertThat(p.getStatus()).isEqualTo(PaceStatus.BEHIND);
  }

  @Test
  void shouldReevaluateThisYearWhenLastYearsTotalIsRevised() {
    hunnanGdpLevel();
    lastYear();
    observe("gdp", HUNNAN, 2022, 6, YTD_LEVEL, 320, "2022-q2", 0);
    progress.readValuesToList();

    // A smaller 2021 total makes June a larger share of the year: 300/600 instead of 300/650.
    observe("gdp", HUNNAN, 2021, 12, YTD_LEVEL, 600, "2021-q4-final", 1);

    final IndicatorProgress p =
        progress.readValuesToList().stream()
            .filter(v -> v.getYear() == 2022)
            .findFirst()
            .orElseThrow();
    assertThat(p.getExpected()).isCloseTo(720.5 / 2, within(0.05));
    assertThat(p.getStatus()).isEqualTo(PaceStatus.CRITICAL);
  }

  @Test
  void shouldFallBackToTwelfthsWithoutLastYear() {
    hunnanGdpLevel();

    observe("gdp", HUNNAN, 2022, 6, YTD_LEVEL, 320, "2022-q2", 0);

    final IndicatorProgress p = progress.readValue();
    assertThat(p.getSeasonalBasis()).isEqualTo(SeasonalBasis.LINEAR);
    assertThat(p.getDeviation()).isCloseTo(0.888, within(0.001));
    assertThat(p.getStatus()).isEqualTo(PaceStatus.CRITICAL);
  }

  @Test
  void shouldReevaluateProgressAndAlertWhenTheTargetChanges() {
    shenyangIndustry();
    final PlanTarget plan = AvroFixtures.catalogueTarget(RevisionHandlingTest.IVA_TARGET);
    observe("industrial_value_added", SHENYANG, 2022, 6, YTD_GROWTH, 5.1, "r-2022-06", 0);
    progress.readValuesToList();
    alerts.readValuesToList();

    target(withValue(plan, 6.0));

    final IndicatorProgress p = progress.readValue();
    assertThat(p.getExpected()).isEqualTo(6.0);
    assertThat(p.getStatus()).isEqualTo(PaceStatus.BEHIND);
    assertThat(alerts.readValue().getTransition()).isEqualTo(AlertTransition.DOWNGRADED);

    target(withValue(plan, 6.0));
    assertNoMore(progress);
    assertNoMore(alerts);
  }

  @Test
  void shouldDeleteProgressWhenTheTargetIsWithdrawn() {
    shenyangIndustry();
    observe("industrial_value_added", SHENYANG, 2022, 6, YTD_GROWTH, 5.1, "r-2022-06", 0);
    progress.readValuesToList();

    deleteTarget(RevisionHandlingTest.IVA_TARGET);

    final TestRecord<String, IndicatorProgress> tombstone = progress.readRecord();
    assertThat(tombstone.key()).isEqualTo(RevisionHandlingTest.IVA_TARGET + "|2022");
    assertThat(tombstone.value()).isNull();
  }

  /** Hunnan GDP 579.1 (2020) → 1000 亿元 (2025): A_2022 = 720.5 亿元. */
  private void hunnanGdpLevel() {
    reference(List.of("210000", SHENYANG, HUNNAN), List.of("gdp"));
    target(AvroFixtures.catalogueTarget("000.hunnan.gdp.level.2025"));
  }

  /** The worked example's 2021 profile: 300 of 650 亿元 by June. */
  private void lastYear() {
    observe("gdp", HUNNAN, 2021, 6, YTD_LEVEL, 300, "2021-q2", 0);
    observe("gdp", HUNNAN, 2021, 12, YTD_LEVEL, 650, "2021-q4", 0);
  }

  static PlanTarget binding(final PlanTarget t) {
    return copy(t, Attribute.BINDING, t.value(), t.note());
  }

  static PlanTarget withValue(final PlanTarget t, final double value) {
    return copy(t, t.attribute(), value, t.note());
  }

  /** The same target with another note: a change that does not touch its evaluation. */
  static PlanTarget withNote(final PlanTarget t, final String note) {
    return copy(t, t.attribute(), t.value(), note);
  }

  private static PlanTarget copy(
      final PlanTarget t, final Attribute attribute, final double value, final String note) {
    return new PlanTarget(
        t.id(),
        t.indicatorCode(),
        t.regionCode(),
        t.kind(),
        t.comparator(),
        value,
        t.baseValue(),
        t.baseYear(),
        t.targetYear(),
        attribute,
        t.soft(),
        t.source(),
        note);
  }
}
