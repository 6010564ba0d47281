package io.planwatch.domain.pace;

import static io.planwatch.domain.pace.SeedFixtures.GDP;
import static io.planwatch.domain.pace.SeedFixtures.GDP_GROWTH;
import static io.planwatch.domain.pace.SeedFixtures.GOOD_AIR_DAYS;
import static io.planwatch.domain.pace.SeedFixtures.HIGH_TECH_ENTERPRISES;
import static io.planwatch.domain.pace.SeedFixtures.HUNNAN_GDP_2025;
import static io.planwatch.domain.pace.SeedFixtures.HUNNAN_HIGH_TECH_2022;
import static io.planwatch.domain.pace.SeedFixtures.HUNNAN_HIGH_TECH_2025;
import static io.planwatch.domain.pace.SeedFixtures.INDUSTRIAL_VALUE_ADDED;
import static io.planwatch.domain.pace.SeedFixtures.LIAONING_WATER_USE_2025;
import static io.planwatch.domain.pace.SeedFixtures.SHENYANG_GDP_GROWTH_2022;
import static io.planwatch.domain.pace.SeedFixtures.SHENYANG_GOOD_AIR_2022;
import static io.planwatch.domain.pace.SeedFixtures.SHENYANG_INDUSTRY_2022;
import static io.planwatch.domain.pace.SeedFixtures.SHENYANG_UNEMPLOYMENT_2022;
import static io.planwatch.domain.pace.SeedFixtures.UNEMPLOYMENT;
import static io.planwatch.domain.pace.SeedFixtures.WATER_USE_PER_GDP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Comparator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.PaceStatus;
import io.planwatch.domain.model.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaceEngineTest {
  private static final Period JUNE_2022 = new Period(2022, 6);

  @Test
  void shouldFlagShenyangIndustry2022AsCriticalSixPointNineBelowTheTarget() {
    Evaluation e = growth(SHENYANG_INDUSTRY_2022, INDUSTRIAL_VALUE_ADDED, 5.1);

    assertThat(e.trackedMeasure()).isEqualTo(TrackedMeasure.YTD_GROWTH);
    assertThat(e.expected()).isEqualTo(12.0);
    assertThat(e.deviationKind()).isEqualTo(DeviationKind.GAP_PP);
    assertThat(e.deviation()).isCloseTo(-6.9, within(1e-9));
    assertThat(e.status()).isEqualTo(PaceStatus.CRITICAL);
    assertThat(e.outlook().projection()).isEqualTo(5.1);
    assertThat(e.outlook().projectedGap()).isCloseTo(-6.9, within(1e-9));
  }

  @Test
  void shouldComputeTheRestOfYearGrowthShenyangIndustryNeeds() {
    // Illustrative last-year index: 2021 annual 1000, 2021 1-6月 450. At +5.1 % the 2022 1-6月
    // figure is 472.95; reaching +12 % (1120) needs (1120 − 472.95) / (1000 − 450) − 1 = +17.65 %.
    LastYearProfile lastYear = new LastYearProfile(Map.of(6, 450.0), 1000.0, null);

    Evaluation e =
        PaceEngine.evaluate(
            PaceInput.of(
                    SHENYANG_INDUSTRY_2022,
                    INDUSTRIAL_VALUE_ADDED,
                    LatestFigure.monthly(JUNE_2022, Measure.YTD_GROWTH, 5.1))
                .withLastYear(lastYear));

    assertThat(e.outlook().restOfYearPace()).isCloseTo(17.645, within(0.001));
    assertThat(e.outlook().reason()).isNull();
  }

  @Test
  void shouldExplainWhyTheRestOfYearGrowthIsUnknownWithoutLastYear() {
    Evaluation e = growth(SHENYANG_INDUSTRY_2022, INDUSTRIAL_VALUE_ADDED, 5.1);

    assertThat(e.outlook().restOfYearPace()).isNull();
    assertThat(e.outlook().reason().code()).isEqualTo(ReasonCode.MISSING_LAST_YEAR_FIGURES);
  }

  @Test
  void shouldHaveNoRestOfYearInDecember() {
    Evaluation e =
        PaceEngine.evaluate(
            PaceInput.of(
                SHENYANG_INDUSTRY_2022,
                INDUSTRIAL_VALUE_ADDED,
                LatestFigure.monthly(new Period(2022, 12), Measure.YTD_GROWTH, 11.0)));

    assertThat(e.outlook().restOfYearPace()).isNull();
    assertThat(e.outlook().reason().code()).isEqualTo(ReasonCode.NO_REST_OF_YEAR);
    assertThat(e.outlook().projection()).isEqualTo(11.0);
  }

  @Test
  void shouldPlaceHunnanGdpAgainstItsSeasonalShareFromLastYear() {
    // Illustrative 2021 profile: 1-6月 300 of an annual 650 → s(6) = 0.4615.
    // A_2022 = 720.53, E = 720.53 · 0.4615 = 332.55; actual 320 → ρ = 0.962 → BEHIND.
    LastYearProfile lastYear = new LastYearProfile(Map.of(6, 300.0), 650.0, null);

    Evaluation e =
        PaceEngine.evaluate(
            PaceInput.of(
                    HUNNAN_GDP_2025, GDP, LatestFigure.monthly(JUNE_2022, Measure.YTD_LEVEL, 320))
                .withLastYear(lastYear));

    assertThat(e.milestoneValue()).isCloseTo(720.53, within(0.01));
    assertThat(e.seasonalBasis()).isEqualTo(SeasonalBasis.LAST_YEAR_PROFILE);
    assertThat(e.seasonalShare()).isCloseTo(300.0 / 650.0, within(1e-12));
    assertThat(e.expected()).isCloseTo(332.55, within(0.01));
    assertThat(e.deviationKind()).isEqualTo(DeviationKind.RATIO);
    assertThat(e.deviation()).isCloseTo(0.9623, within(0.0001));
    assertThat(e.status()).isEqualTo(PaceStatus.BEHIND);
    // projection 320 / 0.4615 = 693.3, gap −27.2; rest of the year must run at (720.53 − 320) /
    // (1 − 0.4615) = 743.8 亿元 a year
    assertThat(e.outlook().projection()).isCloseTo(693.33, within(0.01));
    assertThat(e.outlook().projectedGap()).isCloseTo(-27.20, within(0.01));
    assertThat(e.outlook().restOfYearPace()).isCloseTo(743.84, within(0.01));
  }

  @Test
  void shouldFallBackToALinearShareWithoutLastYear() {
    Evaluation e =
        PaceEngine.evaluate(
            PaceInput.of(
                HUNNAN_GDP_2025, GDP, LatestFigure.monthly(JUNE_2022, Measure.YTD_LEVEL, 360.3)));

    assertThat(e.seasonalBasis()).isEqualTo(SeasonalBasis.LINEAR);
    assertThat(e.expected()).isCloseTo(720.53 / 2, within(0.01));
    assertThat(e.status()).isEqualTo(PaceStatus.ON_TRACK);
  }

  @Test
  void shouldTakeJanuaryAsHalfOfJanuaryFebruaryWhenLastYearHadNoJanuaryFigure() {
    LastYearProfile lastYear = new LastYearProfile(Map.of(2, 100.0, 6, 300.0), 650.0, null);

    SeasonalShare january = SeasonalShare.of(1, lastYear);

    assertThat(january.value()).isCloseTo(50.0 / 650.0, within(1e-12));
    assertThat(january.basis()).isEqualTo(SeasonalBasis.LAST_YEAR_PROFILE);
    assertThat(SeasonalShare.of(1, LastYearProfile.none()).value()).isEqualTo(1.0 / 12);
  }

  @Test
  void shouldIgnoreAnImpossibleProfileAndUseTheLinearShare() {
    LastYearProfile broken = new LastYearProfile(Map.of(6, 700.0), 650.0, null);

    assertThat(SeasonalShare.of(6, broken)).isEqualTo(SeasonalShare.linear(6));
  }

  @Test
  void shouldPlaceHunnanHighTechEnterprisesOnTheStockPathFromLastYearsMilestone() {
    // No annual plan: A_2022 = 1142.0, L_2021 = A_2021 = 786·(2000/786)^(1/5) = 947.4,
    // E(6) = 947.4 + (1142.0 − 947.4)·6/12 = 1044.7
    Evaluation e =
        PaceEngine.evaluate(
            PaceInput.of(
                HUNNAN_HIGH_TECH_2025,
                HIGH_TECH_ENTERPRISES,
                LatestFigure.monthly(JUNE_2022, Measure.PERIOD_LEVEL, 1000)));

    assertThat(e.trackedMeasure()).isEqualTo(TrackedMeasure.STOCK);
    assertThat(e.milestoneValue()).isCloseTo(1142.0, within(0.5));
    assertThat(e.expected()).isCloseTo(1044.7, within(0.1));
    assertThat(e.status()).isEqualTo(PaceStatus.BEHIND);
    // rest of the year: (1142.0 − 1000) / 6 = 23.7 enterprises a month
    assertThat(e.outlook().restOfYearPace()).isCloseTo(23.67, within(0.05));
  }

  @Test
  void shouldMeasureHunnanHighTechAgainstThe2022AnnualPlanAndLastYearsPublishedStock() {
    // Annual plan 2022: over 1400. Illustrative 2021 end stock 1100 → E(6) = 1100 + 300/2 = 1250.
    Evaluation e =
        PaceEngine.evaluate(
            PaceInput.of(
                    HUNNAN_HIGH_TECH_2025,
                    HIGH_TECH_ENTERPRISES,
                    LatestFigure.monthly(JUNE_2022, Measure.PERIOD_LEVEL, 1280))
                .withTargets(List.of(HUNNAN_HIGH_TECH_2025, HUNNAN_HIGH_TECH_2022))
                .withLastYear(LastYearProfile.stock(1100)));

    assertThat(e.milestone().basis()).isEqualTo(MilestoneBasis.ANNUAL_PLAN);
    assertThat(e.expected()).isEqualTo(1250.0);
    assertThat(e.deviation()).isCloseTo(1.024, within(1e-9));
    assertThat(e.status()).isEqualTo(PaceStatus.AHEAD);
  }

  @Test
  void shouldUseThePlanPathAsLastYearsStockForAnAnnualTargetWithoutBase() {
    Evaluation e =
        PaceEngine.evaluate(
            PaceInput.of(
                    HUNNAN_HIGH_TECH_2022,
                    HIGH_TECH_ENTERPRISES,
                    LatestFigure.monthly(JUNE_2022, Measure.PERIOD_LEVEL, 1100))
                .withTargets(List.of(HUNNAN_HIGH_TECH_2025, HUNNAN_HIGH_TECH_2022)));

    // L_2021 from the five-year path (947.4): E = 947.4 + (1400 − 947.4)/2 = 1173.7
    assertThat(e.expected()).isCloseTo(1173.7, within(0.1));
  }

  @Test
  void shouldExplainAStockWithNothingKnownAboutLastYear() {
    Evaluation e =
        PaceEngine.evaluate(
            PaceInput.of(
                HUNNAN_HIGH_TECH_2022,
                HIGH_TECH_ENTERPRISES,
                LatestFigure.monthly(JUNE_2022, Measure.PERIOD_LEVEL, 1100)));

    assertThat(e.status()).isEqualTo(PaceStatus.NOT_EVALUABLE);
    assertThat(e.reason().code()).isEqualTo(ReasonCode.MISSING_LAST_YEAR_STOCK);
  }

  @Test
  void shouldReadUnemploymentAsLowerIsBetter() {
    Evaluation breach = rate(SHENYANG_UNEMPLOYMENT_2022, UNEMPLOYMENT, 4.3);
    Evaluation near = rate(SHENYANG_UNEMPLOYMENT_2022, UNEMPLOYMENT, 3.9);
    Evaluation good = rate(SHENYANG_UNEMPLOYMENT_2022, UNEMPLOYMENT, 2.6);

    assertThat(breach.higherIsBetter()).isFalse();
    assertThat(breach.deviation()).isCloseTo(-0.6, within(1e-9));
    assertThat(breach.status()).isEqualTo(PaceStatus.BEHIND);
    assertThat(near.status()).isEqualTo(PaceStatus.ON_TRACK);
    assertThat(good.deviation()).isCloseTo(1.1, within(1e-9));
    assertThat(good.status()).isEqualTo(PaceStatus.AHEAD);
    assertThat(rate(SHENYANG_UNEMPLOYMENT_2022, UNEMPLOYMENT, 5.8).status())
        .isEqualTo(PaceStatus.CRITICAL);
    assertThat(good.outlook().reason().code()).isEqualTo(ReasonCode.NO_REST_OF_YEAR_PACE_FOR_RATES);
  }

  @Test
  void shouldHoldAnAboutTargetOnTrackInsideItsBandAndAheadAboveIt() {
    // Shenyang GDP growth 8 %左右: ±0.5 pp is ON_TRACK, above it AHEAD
    assertThat(growth(SHENYANG_GDP_GROWTH_2022, GDP_GROWTH, 7.6).status())
        .isEqualTo(PaceStatus.ON_TRACK);
    assertThat(growth(SHENYANG_GDP_GROWTH_2022, GDP_GROWTH, 8.5).status())
        .isEqualTo(PaceStatus.ON_TRACK);
    assertThat(growth(SHENYANG_GDP_GROWTH_2022, GDP_GROWTH, 8.6).status())
        .isEqualTo(PaceStatus.AHEAD);
    assertThat(growth(SHENYANG_GDP_GROWTH_2022, GDP_GROWTH, 7.4).status())
        .isEqualTo(PaceStatus.BEHIND);
  }

  @Test
  void shouldGiveABindingTargetNoSlack() {
    var binding = SeedFixtures.with(SHENYANG_GOOD_AIR_2022, Comparator.AT_LEAST, Attribute.BINDING);

    assertThat(rate(SHENYANG_GOOD_AIR_2022, GOOD_AIR_DAYS, 79.8).status())
        .isEqualTo(PaceStatus.ON_TRACK);
    assertThat(rate(binding, GOOD_AIR_DAYS, 79.8).status()).isEqualTo(PaceStatus.BEHIND);
    assertThat(rate(binding, GOOD_AIR_DAYS, 80.0).status()).isEqualTo(PaceStatus.ON_TRACK);
    assertThat(rate(binding, GOOD_AIR_DAYS, 77.0).status()).isEqualTo(PaceStatus.CRITICAL);
  }

  @Test
  void shouldExpectTheAnnualReductionAsANegativeChangeWhenLowerIsBetter() {
    // Liaoning water use per GDP −12 % by 2025 → −2.524 % a year. A YTD change of −2.0 % misses
    // it by 0.52 pp: BEHIND (and binding). A change of −2.6 % meets it.
    Evaluation e = growth(LIAONING_WATER_USE_2025, WATER_USE_PER_GDP, -2.0, 2023);

    assertThat(e.expected()).isCloseTo(-2.524, within(0.001));
    assertThat(e.deviation()).isCloseTo(-0.524, within(0.001));
    assertThat(e.status()).isEqualTo(PaceStatus.BEHIND);
    assertThat(growth(LIAONING_WATER_USE_2025, WATER_USE_PER_GDP, -2.6, 2023).status())
        .isEqualTo(PaceStatus.ON_TRACK);
  }

  @Test
  void shouldReadAReductionReportedAsTheReductionItselfAsHigherIsBetter() {
    var reported =
        SeedFixtures.indicator(
            "water_use_reduction",
            "万元地区生产总值用水量降低",
            "reduction of water use per GDP",
            "%",
            Measure.YTD_GROWTH,
            io.planwatch.domain.model.Direction.HIGHER_IS_BETTER);

    Evaluation e = growth(LIAONING_WATER_USE_2025, reported, 2.0, 2023);

    assertThat(e.expected()).isCloseTo(2.524, within(0.001));
    assertThat(e.deviation()).isCloseTo(-0.524, within(0.001));
  }

  @Test
  void shouldTrackACumulativeCountAgainstTheQuotaSoFar() {
    var projects =
        SeedFixtures.indicator(
            "projects_started_over_100m",
            "亿元以上项目开工",
            "projects of 100 million yuan or more started",
            "个",
            Measure.YTD_LEVEL,
            io.planwatch.domain.model.Direction.HIGHER_IS_BETTER);
    var target =
        MilestoneResolverTest.target(
            io.planwatch.domain.model.TargetKind.CUMULATIVE_TOTAL, 800, null, 2020, 2025);

    Evaluation e =
        PaceEngine.evaluate(
            PaceInput.of(
                target,
                projects,
                LatestFigure.monthly(new Period(2022, 9), Measure.YTD_LEVEL, 114)));

    // quota 160 a year; E(9) = 120; ρ = 0.95 → BEHIND; needs (160 − 114)/(3/12) = 184 a year
    assertThat(e.trackedMeasure()).isEqualTo(TrackedMeasure.CUMULATIVE_COUNT);
    assertThat(e.expected()).isEqualTo(120.0);
    assertThat(e.status()).isEqualTo(PaceStatus.BEHIND);
    assertThat(e.outlook().projection()).isCloseTo(152.0, within(1e-9));
    assertThat(e.outlook().restOfYearPace()).isCloseTo(184.0, within(1e-9));
  }

  @Test
  void shouldRefuseAnObservationOfAnotherMeasure() {
    Evaluation e =
        PaceEngine.evaluate(
            PaceInput.of(
                HUNNAN_GDP_2025, GDP, LatestFigure.monthly(JUNE_2022, Measure.YTD_GROWTH, 7)));

    assertThat(e.status()).isEqualTo(PaceStatus.NOT_EVALUABLE);
    assertThat(e.reason().code()).isEqualTo(ReasonCode.MEASURE_MISMATCH);
    assertThat(e.reason().messageEn()).contains("YTD_LEVEL", "YTD_GROWTH");
  }

  @Test
  void shouldCarryTheMilestoneReasonWhenTheMilestoneIsUnresolved() {
    Evaluation e =
        PaceEngine.evaluate(
            PaceInput.of(
                HUNNAN_GDP_2025,
                GDP,
                LatestFigure.monthly(new Period(2026, 6), Measure.YTD_LEVEL, 500)));

    assertThat(e.status()).isEqualTo(PaceStatus.NOT_EVALUABLE);
    assertThat(e.reason().code()).isEqualTo(ReasonCode.OUT_OF_PLAN_PERIOD);
    assertThat(e.expected()).isNull();
    assertThat(e.deviation()).isNull();
  }

  @Test
  void shouldUseAMilestoneResolvedByTheCaller() {
    Evaluation e =
        PaceEngine.evaluate(
            PaceInput.of(
                    HUNNAN_GDP_2025, GDP, LatestFigure.monthly(JUNE_2022, Measure.YTD_LEVEL, 400))
                .withMilestone(MilestoneResult.of(800, MilestoneBasis.ANNUAL_PLAN, "other")));

    assertThat(e.expected()).isEqualTo(400.0);
    assertThat(e.deviation()).isEqualTo(1.0);
  }

  private static Evaluation growth(
      io.planwatch.domain.model.PlanTarget target,
      io.planwatch.domain.model.Indicator indicator,
      double value) {
    return growth(target, indicator, value, 2022);
  }

  private static Evaluation growth(
      io.planwatch.domain.model.PlanTarget target,
      io.planwatch.domain.model.Indicator indicator,
      double value,
      int year) {
    return PaceEngine.evaluate(
        PaceInput.of(
            target,
            indicator,
            LatestFigure.monthly(new Period(year, 6), Measure.YTD_GROWTH, value)));
  }

  private static Evaluation rate(
      io.planwatch.domain.model.PlanTarget target,
      io.planwatch.domain.model.Indicator indicator,
      double value) {
    return PaceEngine.evaluate(
        PaceInput.of(target, indicator, LatestFigure.monthly(JUNE_2022, Measure.RATE, value)));
  }
}
