package io.planwatch.domain.pace;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Bands;
import io.planwatch.domain.model.Comparator;
import io.planwatch.domain.model.Direction;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.PaceStatus;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.TargetKind;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class PaceEnginePropertiesTest {

  /** A well-formed, evaluable setting: a target, its indicator, the month and last year. */
  record Setting(PlanTarget target, Indicator indicator, int month, LastYearProfile lastYear) {
    Evaluation at(double actual) {
      TrackedMeasure tracked = TrackedMeasure.of(target, indicator);
      return PaceEngine.evaluate(
          PaceInput.of(
                  target,
                  indicator,
                  LatestFigure.monthly(
                      new Period(2022, month), tracked.observationMeasure(), actual))
              .withLastYear(lastYear));
    }
  }

  @Property
  void moreActualNeverWorsensTheStatusWhenHigherIsBetterAndNeverImprovesItOtherwise(
      @ForAll("settings") Setting setting,
      @ForAll @DoubleRange(min = 0.01, max = 3) double lowFactor,
      @ForAll @DoubleRange(min = 0, max = 2) double step) {
    double scale = scale(setting);
    double low = lowFactor * scale;
    double high = low + step * scale;
    Evaluation a = setting.at(low);
    Evaluation b = setting.at(high);

    assertThat(a.status()).isNotEqualTo(PaceStatus.NOT_EVALUABLE);
    assertThat(b.status()).isNotEqualTo(PaceStatus.NOT_EVALUABLE);
    if (a.higherIsBetter()) {
      assertThat(rank(b.status())).isGreaterThanOrEqualTo(rank(a.status()));
    } else {
      assertThat(rank(b.status())).isLessThanOrEqualTo(rank(a.status()));
    }
  }

  @Property
  void deviationIsContinuousAndTheStatusChangesOnlyAcrossABandEdge(
      @ForAll("settings") Setting setting,
      @ForAll @DoubleRange(min = 0.05, max = 3) double factor) {
    double scale = scale(setting);
    double x = factor * scale;
    double h = 1e-9;
    Evaluation a = setting.at(x);
    Evaluation b = setting.at(x + h);

    double lo = Math.min(a.deviation(), b.deviation());
    double hi = Math.max(a.deviation(), b.deviation());
    assertThat(hi - lo).isLessThan(1e-6);
    if (a.status() != b.status()) {
      assertThat(edges(a)).anyMatch(edge -> edge >= lo && edge <= hi);
    }
  }

  @Property
  void levelPathsHitTheBaseInTheBaseYearAndTheTargetInTheTargetYearExactly(
      @ForAll @DoubleRange(min = 0.01, max = 1e9) double base,
      @ForAll @DoubleRange(min = 0.01, max = 1e9) double target,
      @ForAll @IntRange(min = 1990, max = 2040) int y0,
      @ForAll @IntRange(min = 1, max = 30) int years,
      @ForAll boolean geometric) {
    PlanTarget t =
        SeedFixtures.plan(
            geometric ? TargetKind.END_OF_PERIOD_LEVEL : TargetKind.SHARE,
            Comparator.REACH,
            Attribute.NOT_STATED,
            target,
            base,
            y0,
            y0 + years);

    assertThat(MilestoneResolver.derive(t, y0).value()).isEqualTo(base);
    assertThat(MilestoneResolver.derive(t, y0 + years).value()).isEqualTo(target);
    for (int y = y0; y <= y0 + years; y++) {
      double a = MilestoneResolver.derive(t, y).value();
      assertThat(a)
          .isBetween(Math.min(base, target) * (1 - 1e-12), Math.max(base, target) * (1 + 1e-12));
    }
  }

  @Property(tries = 2000)
  void evaluateNeverLetsNaNOrInfinityEscapeForArbitraryFiniteInputs(
      @ForAll("anyInput") PaceInput input) {
    Evaluation e = PaceEngine.evaluate(input);

    assertThat(finite(e.expected())).isTrue();
    assertThat(finite(e.deviation())).isTrue();
    assertThat(finite(e.milestoneValue())).isTrue();
    assertThat(finite(e.seasonalShare())).isTrue();
    assertThat(finite(e.outlook().projection())).isTrue();
    assertThat(finite(e.outlook().projectedGap())).isTrue();
    assertThat(finite(e.outlook().restOfYearPace())).isTrue();
    assertThat(Double.isFinite(e.actual())).isTrue();
    if (e.status() == PaceStatus.NOT_EVALUABLE) {
      assertThat(e.reason()).isNotNull();
      assertThat(e.reason().messageEn()).isNotBlank();
      assertThat(e.reason().messageZh()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<Setting> settings() {
    Arbitrary<TargetKind> kinds = Arbitraries.of(TargetKind.class);
    Arbitrary<Comparator> comparators = Arbitraries.of(Comparator.class);
    Arbitrary<Attribute> attributes = Arbitraries.of(Attribute.class);
    Arbitrary<Measure> measures = Arbitraries.of(Measure.class);
    Arbitrary<Direction> directions = Arbitraries.of(Direction.class);
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
    Arbitrary<Double> values = Arbitraries.doubles().between(1, 5000);
    return Combinators.combine(kinds, comparators, attributes, measures, directions, months, values)
        .as(
            (kind, comparator, attribute, measure, direction, month, value) -> {
              double base = value * 0.6;
              double targetValue = kind == TargetKind.REDUCTION ? 12 : value;
              PlanTarget t =
                  SeedFixtures.plan(
                      kind,
                      comparator,
                      attribute,
                      targetValue,
                      base,
                      kind.name().startsWith("ANNUAL") ? 2021 : 2020,
                      kind.name().startsWith("ANNUAL") ? 2022 : 2025);
              return new Setting(
                  t,
                  SeedFixtures.indicator(measure, direction, null),
                  month,
                  LastYearProfile.stock(base));
            });
  }

  @Provide
  Arbitrary<PaceInput> anyInput() {
    Arbitrary<Double> anyDouble =
        Arbitraries.oneOf(
            Arbitraries.doubles(),
            Arbitraries.of(
                0.0,
                -0.0,
                1.0,
                -1.0,
                100.0,
                Double.MAX_VALUE,
                -Double.MAX_VALUE,
                Double.MIN_VALUE,
                1e-300,
                1e300));
    Arbitrary<Double> nullableDouble = Arbitraries.oneOf(anyDouble, Arbitraries.just(null));
    Arbitrary<Integer> years = Arbitraries.integers().between(2000, 2100);
    Arbitrary<Integer> nullableYear = Arbitraries.oneOf(years, Arbitraries.just(null));
    Arbitrary<PlanTarget> targets =
        Combinators.combine(
                Arbitraries.of(TargetKind.class),
                Arbitraries.of(Comparator.class),
                Arbitraries.of(Attribute.class),
                anyDouble,
                nullableDouble,
                nullableYear,
                years)
            .as(
                (kind, comparator, attribute, value, base, baseYear, targetYear) ->
                    SeedFixtures.plan(
                        kind, comparator, attribute, value, base, baseYear, targetYear));
    Arbitrary<Bands> bands =
        Arbitraries.oneOf(
            Arbitraries.just(null), anyDouble.list().ofSize(3).map(l -> sortedBands(l)));
    Arbitrary<Indicator> indicators =
        Combinators.combine(Arbitraries.of(Measure.class), Arbitraries.of(Direction.class), bands)
            .as(SeedFixtures::indicator);
    Arbitrary<LatestFigure> latest =
        Combinators.combine(
                years,
                Arbitraries.integers().between(1, 12),
                Arbitraries.of(Measure.class),
                anyDouble)
            .as((y, m, measure, v) -> LatestFigure.monthly(new Period(y, m), measure, v));
    Arbitrary<LastYearProfile> profiles =
        Combinators.combine(
                Arbitraries.maps(Arbitraries.integers().between(1, 12), anyDouble).ofMaxSize(12),
                nullableDouble,
                nullableDouble)
            .as(LastYearProfile::new);
    Arbitrary<List<PlanTarget>> others = targets.list().ofMaxSize(3);
    return Combinators.combine(
            targets, indicators, latest, profiles, others, Arbitraries.of(true, false))
        .as(
            (t, i, l, p, o, routed) -> {
              List<PlanTarget> all = new ArrayList<>(o);
              all.add(t);
              // Half of the inputs carry the tracked measure, as the streams app routes them.
              LatestFigure figure =
                  routed
                      ? LatestFigure.monthly(
                          l.period(), TrackedMeasure.of(t, i).observationMeasure(), l.value())
                      : l;
              return PaceInput.of(t, i, figure).withLastYear(p).withTargets(all);
            });
  }

  private static Bands sortedBands(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(java.util.Comparator.reverseOrder());
    return new Bands(sorted.get(0), sorted.get(1), sorted.get(2));
  }

  private static double scale(Setting setting) {
    // Around the expected position: growth and rates in pp around the target, levels around it.
    return Math.max(1.0, Math.abs(setting.target().value()));
  }

  private static List<Double> edges(Evaluation e) {
    Bands b = e.bands();
    double neutral = TargetReading.neutral(e.deviationKind());
    List<Double> edges = new ArrayList<>(List.of(b.ahead(), b.onTrack(), b.behind(), neutral));
    edges.add(neutral + (neutral - b.onTrack()));
    return edges;
  }

  private static int rank(PaceStatus status) {
    return switch (status) {
      case CRITICAL -> 0;
      case BEHIND -> 1;
      case ON_TRACK -> 2;
      case AHEAD -> 3;
      case NOT_EVALUABLE -> throw new AssertionError("not evaluable");
    };
  }

  private static boolean finite(Double value) {
    return value == null || Double.isFinite(value);
  }
}
