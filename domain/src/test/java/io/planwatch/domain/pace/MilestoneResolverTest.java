package io.planwatch.domain.pace;

import static io.planwatch.domain.pace.SeedFixtures.HUNNAN_GDP_2025;
import static io.planwatch.domain.pace.SeedFixtures.HUNNAN_HIGH_TECH_2022;
import static io.planwatch.domain.pace.SeedFixtures.HUNNAN_HIGH_TECH_2025;
import static io.planwatch.domain.pace.SeedFixtures.LIAONING_WATER_USE_2025;
import static io.planwatch.domain.pace.SeedFixtures.SHENYANG_INDUSTRY_2022;
import static io.planwatch.domain.pace.SeedFixtures.SHENYANG_UNEMPLOYMENT_2022;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Comparator;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MilestoneResolverTest {

  @Test
  void shouldDeriveHunnanGdp2022OnTheGeometricPath() {
    // 579.1 · (1000 / 579.1)^(2/5) = 720.53
    MilestoneResult a = MilestoneResolver.resolve(HUNNAN_GDP_2025, List.of(), 2022);

    assertThat(a.value()).isCloseTo(720.5, within(0.05));
    assertThat(a.basis()).isEqualTo(MilestoneBasis.GEOMETRIC_PATH);
    assertThat(a.sourceTargetId()).isEqualTo("hunnan-gdp-2025");
  }

  @Test
  void shouldDeriveHunnanHighTechEnterprises2022AsAStockOnTheGeometricPath() {
    // 786 · (2000 / 786)^(2/5) = 1142.0
    MilestoneResult a = MilestoneResolver.resolve(HUNNAN_HIGH_TECH_2025, List.of(), 2022);

    assertThat(a.value()).isCloseTo(1142.0, within(0.5));
  }

  @Test
  void shouldLetTheAnnualPlanWinOverTheDerivedMilestone() {
    MilestoneResult a =
        MilestoneResolver.resolve(
            HUNNAN_HIGH_TECH_2025, List.of(HUNNAN_HIGH_TECH_2025, HUNNAN_HIGH_TECH_2022), 2022);

    assertThat(a.value()).isEqualTo(1400.0);
    assertThat(a.basis()).isEqualTo(MilestoneBasis.ANNUAL_PLAN);
    assertThat(a.sourceTargetId()).isEqualTo("hunnan-high-tech-2022");
  }

  @Test
  void shouldKeepTheDerivedMilestoneInYearsWithoutAnAnnualPlan() {
    MilestoneResult a =
        MilestoneResolver.resolve(HUNNAN_HIGH_TECH_2025, List.of(HUNNAN_HIGH_TECH_2022), 2023);

    assertThat(a.basis()).isEqualTo(MilestoneBasis.GEOMETRIC_PATH);
  }

  @Test
  void shouldIgnoreAnnualTargetsOfAnotherRegion() {
    PlanTarget elsewhere = SeedFixtures.copy(HUNNAN_HIGH_TECH_2022, "elsewhere", "210102");

    MilestoneResult a = MilestoneResolver.resolve(HUNNAN_HIGH_TECH_2025, List.of(elsewhere), 2022);

    assertThat(a.basis()).isEqualTo(MilestoneBasis.GEOMETRIC_PATH);
  }

  @Test
  void shouldHitBaseAtBaseYearAndTargetAtTargetYearExactly() {
    assertThat(MilestoneResolver.derive(HUNNAN_GDP_2025, 2020).value()).isEqualTo(579.1);
    assertThat(MilestoneResolver.derive(HUNNAN_GDP_2025, 2025).value()).isEqualTo(1000.0);
  }

  @Test
  void shouldUseTheAnnualTargetItselfForItsOwnYearOnly() {
    assertThat(MilestoneResolver.resolve(SHENYANG_INDUSTRY_2022, List.of(), 2022).value())
        .isEqualTo(12.0);
    assertThat(MilestoneResolver.resolve(SHENYANG_INDUSTRY_2022, List.of(), 2023).reason().code())
        .isEqualTo(ReasonCode.OUT_OF_PLAN_PERIOD);
  }

  @Test
  void shouldGiveEveryYearTheAverageAnnualGrowth() {
    PlanTarget growth = target(TargetKind.AVERAGE_ANNUAL_GROWTH, 8.5, 5.2, 2020, 2025);

    assertThat(MilestoneResolver.derive(growth, 2021).value()).isEqualTo(8.5);
    assertThat(MilestoneResolver.derive(growth, 2025).value()).isEqualTo(8.5);
    assertThat(MilestoneResolver.derive(growth, 2020).reason().code())
        .isEqualTo(ReasonCode.OUT_OF_PLAN_PERIOD);
  }

  @Test
  void shouldSpreadACumulativeTotalEvenlyAsAnAnnualQuota() {
    // Hunnan: 800 projects of at least 1 亿元 over 2021-2025 → 160 a year
    PlanTarget projects = target(TargetKind.CUMULATIVE_TOTAL, 800, null, 2020, 2025);

    MilestoneResult a = MilestoneResolver.derive(projects, 2022);

    assertThat(a.value()).isEqualTo(160.0);
    assertThat(a.basis()).isEqualTo(MilestoneBasis.ANNUAL_QUOTA);
  }

  @Test
  void shouldInterpolateSharesLinearly() {
    // Hunnan: Torch enterprises' R&D 5.68 % of GDP (2020) → 7 % (2025): 2022 = 5.68 + 1.32·2/5
    PlanTarget share = target(TargetKind.SHARE, 7, 5.68, 2020, 2025);

    assertThat(MilestoneResolver.derive(share, 2022).value()).isCloseTo(6.208, within(1e-9));
    assertThat(MilestoneResolver.derive(share, 2025).value()).isEqualTo(7.0);
  }

  @Test
  void shouldTurnAReductionOverThePeriodIntoAnAnnualReduction() {
    // Liaoning water use per GDP −12 % over 2021-2025: 1 − 0.88^(1/5) = 2.524 % a year
    MilestoneResult a = MilestoneResolver.derive(LIAONING_WATER_USE_2025, 2023);

    assertThat(a.value()).isCloseTo(2.524, within(0.001));
    assertThat(a.basis()).isEqualTo(MilestoneBasis.ANNUAL_REDUCTION);
  }

  @Test
  void shouldTakeTheBoundItselfForARateBound() {
    MilestoneResult a = MilestoneResolver.resolve(SHENYANG_UNEMPLOYMENT_2022, List.of(), 2022);

    assertThat(a.value()).isEqualTo(3.7);
    assertThat(a.basis()).isEqualTo(MilestoneBasis.BOUND);
    PlanTarget periodBound = target(TargetKind.RATE_BOUND, 0.55, null, 2020, 2025);
    assertThat(MilestoneResolver.derive(periodBound, 2024).value()).isEqualTo(0.55);
    assertThat(MilestoneResolver.derive(periodBound, 2024).basis()).isEqualTo(MilestoneBasis.BOUND);
  }

  @Test
  void shouldExplainAMissingBase() {
    PlanTarget noBase = target(TargetKind.END_OF_PERIOD_LEVEL, 500, null, 2020, 2025);

    MilestoneResult a = MilestoneResolver.derive(noBase, 2022);

    assertThat(a.isResolved()).isFalse();
    assertThat(a.reason().code()).isEqualTo(ReasonCode.MISSING_BASE);
    assertThat(a.reason().messageEn()).contains("no base value", "p-END_OF_PERIOD_LEVEL");
    assertThat(a.reason().messageZh()).contains("基期值");
  }

  @Test
  void shouldRefuseAGeometricPathFromAZeroOrNegativeBase() {
    assertThat(
            MilestoneResolver.derive(
                    target(TargetKind.END_OF_PERIOD_LEVEL, 500, 0.0, 2020, 2025), 2022)
                .reason()
                .code())
        .isEqualTo(ReasonCode.NON_POSITIVE_BASE);
    assertThat(
            MilestoneResolver.derive(
                    target(TargetKind.END_OF_PERIOD_LEVEL, -5, 10.0, 2020, 2025), 2022)
                .reason()
                .code())
        .isEqualTo(ReasonCode.NON_POSITIVE_TARGET);
  }

  @Test
  void shouldRefuseYearsOutsideThePlanPeriod() {
    assertThat(MilestoneResolver.derive(HUNNAN_GDP_2025, 2026).reason().code())
        .isEqualTo(ReasonCode.OUT_OF_PLAN_PERIOD);
    assertThat(MilestoneResolver.derive(HUNNAN_GDP_2025, 2019).reason().code())
        .isEqualTo(ReasonCode.OUT_OF_PLAN_PERIOD);
  }

  @Test
  void shouldRefuseAMissingBaseYearAndAnEmptyPeriod() {
    assertThat(
            MilestoneResolver.derive(
                    target(TargetKind.CUMULATIVE_TOTAL, 10, null, null, 2025), 2022)
                .reason()
                .code())
        .isEqualTo(ReasonCode.MISSING_BASE_YEAR);
    assertThat(
            MilestoneResolver.derive(
                    target(TargetKind.CUMULATIVE_TOTAL, 10, null, 2025, 2025), 2025)
                .reason()
                .code())
        .isEqualTo(ReasonCode.EMPTY_PLAN_PERIOD);
  }

  @Test
  void shouldRefuseAReductionOfAHundredPercentOrMore() {
    assertThat(
            MilestoneResolver.derive(target(TargetKind.REDUCTION, 100, null, 2020, 2025), 2022)
                .reason()
                .code())
        .isEqualTo(ReasonCode.INVALID_REDUCTION);
  }

  @Test
  void shouldReportAnOverflowingPathAsNonFiniteInsteadOfInfinity() {
    PlanTarget huge = target(TargetKind.END_OF_PERIOD_LEVEL, 1e308, 1e-308, 2020, 2021);

    assertThat(MilestoneResolver.derive(huge, 2021).value()).isEqualTo(1e308);
    PlanTarget steep = target(TargetKind.END_OF_PERIOD_LEVEL, Double.MAX_VALUE, 1e-300, 2000, 2100);
    MilestoneResult a = MilestoneResolver.derive(steep, 2050);
    assertThat(a.value() == null || Double.isFinite(a.value())).isTrue();
  }

  static PlanTarget target(
      TargetKind kind, double value, Double base, Integer baseYear, int targetYear) {
    return SeedFixtures.plan(
        kind, Comparator.AT_LEAST, Attribute.NOT_STATED, value, base, baseYear, targetYear);
  }
}
