package io.planwatch.domain.pace;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Bands;
import io.planwatch.domain.model.Comparator;
import io.planwatch.domain.model.Direction;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.PaceStatus;
import io.planwatch.domain.model.TargetKind;
import org.junit.jupiter.api.Test;

class StatusRuleTest {

  @Test
  void shouldPlaceLevelRatiosOnTheDefaultBandEdgesInclusively() {
    assertThat(level(1.02)).isEqualTo(PaceStatus.AHEAD);
    assertThat(level(1.0199)).isEqualTo(PaceStatus.ON_TRACK);
    assertThat(level(0.98)).isEqualTo(PaceStatus.ON_TRACK);
    assertThat(level(0.9799)).isEqualTo(PaceStatus.BEHIND);
    assertThat(level(0.95)).isEqualTo(PaceStatus.BEHIND);
    assertThat(level(0.9499)).isEqualTo(PaceStatus.CRITICAL);
  }

  @Test
  void shouldPlaceGrowthGapsOnTheDefaultBandEdgesInclusively() {
    assertThat(gap(1.0)).isEqualTo(PaceStatus.AHEAD);
    assertThat(gap(0.99)).isEqualTo(PaceStatus.ON_TRACK);
    assertThat(gap(-0.5)).isEqualTo(PaceStatus.ON_TRACK);
    assertThat(gap(-0.51)).isEqualTo(PaceStatus.BEHIND);
    assertThat(gap(-2.0)).isEqualTo(PaceStatus.BEHIND);
    assertThat(gap(-2.01)).isEqualTo(PaceStatus.CRITICAL);
  }

  @Test
  void shouldHoldAnAboutLevelOnTrackWithinTwoPercentBothWays() {
    assertThat(about(DeviationKind.RATIO, Bands.LEVEL_DEFAULT, 1.02))
        .isEqualTo(PaceStatus.ON_TRACK);
    assertThat(about(DeviationKind.RATIO, Bands.LEVEL_DEFAULT, 1.021)).isEqualTo(PaceStatus.AHEAD);
    assertThat(about(DeviationKind.RATIO, Bands.LEVEL_DEFAULT, 0.98))
        .isEqualTo(PaceStatus.ON_TRACK);
    assertThat(about(DeviationKind.RATIO, Bands.LEVEL_DEFAULT, 0.97)).isEqualTo(PaceStatus.BEHIND);
  }

  @Test
  void shouldTreatHoldLikeAbout() {
    assertThat(
            StatusRule.status(
                0.7,
                DeviationKind.GAP_PP,
                Bands.GAP_DEFAULT,
                Comparator.HOLD,
                Attribute.NOT_STATED))
        .isEqualTo(PaceStatus.AHEAD);
    assertThat(
            StatusRule.status(
                0.5,
                DeviationKind.GAP_PP,
                Bands.GAP_DEFAULT,
                Comparator.HOLD,
                Attribute.NOT_STATED))
        .isEqualTo(PaceStatus.ON_TRACK);
  }

  @Test
  void shouldTurnAnyShortfallOfABindingTargetIntoAtLeastBehind() {
    assertThat(binding(DeviationKind.RATIO, Bands.LEVEL_DEFAULT, 0.999))
        .isEqualTo(PaceStatus.BEHIND);
    assertThat(binding(DeviationKind.RATIO, Bands.LEVEL_DEFAULT, 1.0))
        .isEqualTo(PaceStatus.ON_TRACK);
    assertThat(binding(DeviationKind.GAP_PP, Bands.GAP_DEFAULT, -0.01))
        .isEqualTo(PaceStatus.BEHIND);
    assertThat(binding(DeviationKind.GAP_PP, Bands.GAP_DEFAULT, -2.5))
        .isEqualTo(PaceStatus.CRITICAL);
  }

  @Test
  void shouldReadAtMostAsACeilingEvenOnAHigherIsBetterIndicator() {
    var indicator = SeedFixtures.indicator(Measure.RATE, Direction.HIGHER_IS_BETTER, null);
    var ceiling =
        SeedFixtures.plan(
            TargetKind.RATE_BOUND, Comparator.AT_MOST, Attribute.NOT_STATED, 10, null, null, 2025);
    var floor =
        SeedFixtures.plan(
            TargetKind.RATE_BOUND, Comparator.AT_LEAST, Attribute.NOT_STATED, 10, null, null, 2025);
    var lowerBetter = SeedFixtures.indicator(Measure.RATE, Direction.LOWER_IS_BETTER, null);
    var reach =
        SeedFixtures.plan(
            TargetKind.RATE_BOUND, Comparator.REACH, Attribute.NOT_STATED, 10, null, null, 2025);

    assertThat(TargetReading.higherIsBetter(ceiling, indicator)).isFalse();
    assertThat(TargetReading.higherIsBetter(floor, lowerBetter)).isTrue();
    assertThat(TargetReading.higherIsBetter(reach, lowerBetter)).isFalse();
    assertThat(TargetReading.higherIsBetter(reach, indicator)).isTrue();
  }

  @Test
  void shouldApplyAnIndicatorsBandOverrideOnlyToTheDeviationKindItFits() {
    Bands tightRatio = new Bands(1.01, 0.99, 0.97);
    var indicator =
        SeedFixtures.indicator(Measure.YTD_LEVEL, Direction.HIGHER_IS_BETTER, tightRatio);

    assertThat(TargetReading.bands(indicator, DeviationKind.RATIO)).isEqualTo(tightRatio);
    assertThat(TargetReading.bands(indicator, DeviationKind.GAP_PP)).isEqualTo(Bands.GAP_DEFAULT);
    Bands wideGap = new Bands(2, -1, -3);
    var growth = SeedFixtures.indicator(Measure.YTD_GROWTH, Direction.HIGHER_IS_BETTER, wideGap);
    assertThat(TargetReading.bands(growth, DeviationKind.GAP_PP)).isEqualTo(wideGap);
    assertThat(TargetReading.bands(growth, DeviationKind.RATIO)).isEqualTo(Bands.LEVEL_DEFAULT);
  }

  private static PaceStatus level(double rho) {
    return StatusRule.status(
        rho, DeviationKind.RATIO, Bands.LEVEL_DEFAULT, Comparator.AT_LEAST, Attribute.NOT_STATED);
  }

  private static PaceStatus gap(double delta) {
    return StatusRule.status(
        delta, DeviationKind.GAP_PP, Bands.GAP_DEFAULT, Comparator.REACH, Attribute.EXPECTED);
  }

  private static PaceStatus about(DeviationKind kind, Bands bands, double d) {
    return StatusRule.status(d, kind, bands, Comparator.ABOUT, Attribute.NOT_STATED);
  }

  private static PaceStatus binding(DeviationKind kind, Bands bands, double d) {
    return StatusRule.status(d, kind, bands, Comparator.AT_LEAST, Attribute.BINDING);
  }
}
