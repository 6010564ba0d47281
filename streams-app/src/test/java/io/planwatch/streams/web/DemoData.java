package io.planwatch.streams.web;

import io.planwatch.avro.Measure;
import io.planwatch.avro.Milestone;
import io.planwatch.avro.MilestoneType;
import io.planwatch.avro.ProjectSizeClass;
import io.planwatch.avro.ProjectStatus;
import io.planwatch.avro.ProjectUpdate;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.streams.topology.DemoRecords;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's demo data: the shipped catalogue's regions, indicators and the targets of the
 * regions with figures, and June 2022 figures chosen to give every pace status, e.g. Shenyang's
 * industrial value added at +5.1 % against +12 % (CRITICAL).
 */
final class DemoData {

  static final Catalogue CATALOGUE = Catalogue.loadDefault();
  static final int YEAR = 2022;

  static final String SHENYANG = "210100";
  static final String HEPING = "210102";
  static final String HUNNAN = "210112";
  static final String HIGH_TECH_ZONE = "Z210100-HTZ";

  static final String SHENYANG_INDUSTRY = "002.shenyang.industrial_value_added.growth.2022";
  static final String HUNNAN_GDP_LEVEL = "000.hunnan.gdp.level.2025";

  /** One figure of the demo: indicator, region, month, measure, value. */
  record Figure(String indicator, String region, int month, Measure measure, double value) {}

  /** June's figures: CRITICAL, ON_TRACK, AHEAD and BEHIND in Shenyang, a mix in its districts. */
  static final List<Figure> JUNE =
      List.of(
          new Figure("industrial_value_added", SHENYANG, 6, Measure.YTD_GROWTH, 5.1),
          new Figure("gdp", SHENYANG, 6, Measure.YTD_GROWTH, 8.2),
          new Figure("general_budget_revenue", SHENYANG, 6, Measure.YTD_GROWTH, 7.8),
          new Figure("per_capita_disposable_income", SHENYANG, 6, Measure.YTD_GROWTH, 5.0),
          new Figure("gdp", HUNNAN, 6, Measure.YTD_GROWTH, 9.0),
          new Figure("gdp", HUNNAN, 6, Measure.YTD_LEVEL, 320),
          new Figure("retail_sales", HUNNAN, 6, Measure.YTD_GROWTH, 12.0),
          new Figure("retail_sales", HEPING, 6, Measure.YTD_GROWTH, 10.6),
          new Figure("services_value_added", HEPING, 6, Measure.YTD_GROWTH, 8.6),
          new Figure("hitech_zone_national_rank", HIGH_TECH_ZONE, 6, Measure.PERIOD_LEVEL, 30));

  /** The targets of the regions with figures. */
  static List<PlanTarget> targets() {
    final List<String> regions = JUNE.stream().map(Figure::region).distinct().toList();
    final List<String> indicators = JUNE.stream().map(Figure::indicator).distinct().toList();
    return CATALOGUE.targets().values().stream()
        .filter(t -> regions.contains(t.regionCode()) && indicators.contains(t.indicatorCode()))
        .toList();
  }

  private DemoData() {}

  /** Two of Hunnan's projects: one started on time, one whose start date has passed unreported. */
  static List<ProjectUpdate> projects() {
    return List.of(
        project("HN-2022-001", "智能制造产业园", LocalDate.of(2022, 3, 1), 4.0, 10.0),
        project("HN-2022-002", "浑南科技城数据中心", null, 1.0, 5.0));
  }

  private static ProjectUpdate project(
      final String id,
      final String name,
      final LocalDate started,
      final double invested,
      final double annualPlan) {
    return ProjectUpdate.newBuilder()
        .setProjectId(id)
        .setName(name)
        .setRegionCode(HUNNAN)
        .setCategory("industry")
        .setSizeClass(ProjectSizeClass.OVER_1B)
        .setPlannedTotalInvestment(50.0)
        .setPlannedAnnualInvestment(annualPlan)
        .setStatus(started == null ? ProjectStatus.SIGNED : ProjectStatus.STARTED)
        .setMilestones(
            List.of(new Milestone(MilestoneType.START, LocalDate.of(YEAR, 6, 30), started)))
        .setInvestmentCompletedYtd(invested)
        .setReportDate(LocalDate.of(YEAR, 6, 15))
        .setUpdateId(id + "-u1")
        .setPublishedAt(Instant.parse("2022-07-01T00:00:00Z"))
        .setSource("simulated: dashboard browser test")
        .build();
  }

  static StatisticalObservation observation(final Figure f, final String release) {
    return DemoRecords.observation(
        f.indicator(), f.region(), YEAR, f.month(), f.measure(), f.value(), release);
  }
}
