package io.planwatch.domain.alert;

import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.Region;
import io.planwatch.domain.pace.Evaluation;
import io.planwatch.domain.pace.LatestFigure;
import io.planwatch.domain.pace.PaceEngine;
import io.planwatch.domain.pace.PaceInput;
import io.planwatch.domain.pace.SeedFixtures;

/** Seed targets for the alert tests, evaluated through the real pace engine. */
final class AlertFixtures {
  private AlertFixtures() {}

  static final Region SHENYANG = SeedFixtures.SHENYANG;
  static final Region HUNNAN = SeedFixtures.HUNNAN;
  static final Indicator INDUSTRY = SeedFixtures.INDUSTRIAL_VALUE_ADDED;
  static final Indicator UNEMPLOYMENT = SeedFixtures.UNEMPLOYMENT;
  static final Indicator GDP = SeedFixtures.GDP;
  static final Indicator HIGH_TECH = SeedFixtures.HIGH_TECH_ENTERPRISES;
  static final PlanTarget INDUSTRY_2022 = SeedFixtures.SHENYANG_INDUSTRY_2022;
  static final PlanTarget UNEMPLOYMENT_2022 = SeedFixtures.SHENYANG_UNEMPLOYMENT_2022;
  static final PlanTarget HUNNAN_GDP_2025 = SeedFixtures.HUNNAN_GDP_2025;
  static final PlanTarget HUNNAN_HIGH_TECH_2025 = SeedFixtures.HUNNAN_HIGH_TECH_2025;

  /** Shenyang industrial value added 2022 (target +12 %) at 1-{month}月 with this YTD growth. */
  static Evaluation industry(int month, double ytdGrowth) {
    return evaluate(INDUSTRY_2022, INDUSTRY, SHENYANG, month, Measure.YTD_GROWTH, ytdGrowth);
  }

  static Evaluation evaluate(
      PlanTarget target, Indicator indicator, Region region, int month, Measure m, double value) {
    return PaceEngine.evaluate(
        PaceInput.of(target, indicator, LatestFigure.monthly(new Period(2022, month), m, value))
            .withRegion(region));
  }

  static PlanTarget withAttribute(
      PlanTarget t, io.planwatch.domain.model.Attribute attribute, boolean soft) {
    return SeedFixtures.withAttribute(t, attribute, soft);
  }
}
