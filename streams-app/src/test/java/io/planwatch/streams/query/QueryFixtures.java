package io.planwatch.streams.query;

import io.planwatch.avro.AlertSeverity;
import io.planwatch.avro.AlertTransition;
import io.planwatch.avro.AlertType;
import io.planwatch.avro.Attribute;
import io.planwatch.avro.Comparator;
import io.planwatch.avro.DeviationKind;
import io.planwatch.avro.Direction;
import io.planwatch.avro.Frequency;
import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.IndicatorRanking;
import io.planwatch.avro.Measure;
import io.planwatch.avro.MilestoneType;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.PaceStatus;
import io.planwatch.avro.Period;
import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.PriceBasis;
import io.planwatch.avro.ProjectProgress;
import io.planwatch.avro.ProjectSizeClass;
import io.planwatch.avro.ProjectState;
import io.planwatch.avro.ProjectStatus;
import io.planwatch.avro.Region;
import io.planwatch.avro.RegionKind;
import io.planwatch.avro.RegionProjectTotals;
import io.planwatch.avro.RegionScorecard;
import io.planwatch.avro.SeasonalBasis;
import io.planwatch.avro.SourceRef;
import io.planwatch.avro.TargetKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Avro records of the query tests: Shenyang and two districts, GDP, Hunnan's targets. */
final class QueryFixtures {

  /** 2022-07-15T10:00:00+08:00. */
  static final Instant EVALUATED = Instant.parse("2022-07-15T02:00:00Z");

  private QueryFixtures() {}

  static Region region(final String code, final String zh, final String en, final String parent) {
    return Region.newBuilder()
        .setCode(code)
        .setNameZh(zh)
        .setNameEn(en)
        .setKind(parent == null ? RegionKind.CITY : RegionKind.DISTRICT)
        .setParentCode(parent)
        .setGroups(List.of())
        .setRollsUp(true)
        .build();
  }

  static List<Region> regions() {
    return List.of(
        region("210100", "沈阳市", "Shenyang", null),
        region("210102", "和平区", "Heping District", "210100"),
        region("210112", "浑南区", "Hunnan District", "210100"));
  }

  static IndicatorDefinition gdp() {
    return IndicatorDefinition.newBuilder()
        .setCode("gdp")
        .setNameZh("地区生产总值")
        .setNameEn("Gross regional product")
        .setUnit("亿元")
        .setMeasure(Measure.YTD_LEVEL)
        .setFrequency(Frequency.QUARTERLY)
        .setPriceBasis(PriceBasis.CURRENT)
        .setDirection(Direction.HIGHER_IS_BETTER)
        .setAdditive(true)
        .build();
  }

  static PlanTarget target(final String id, final String region, final int line) {
    return PlanTarget.newBuilder()
        .setId(id)
        .setIndicatorCode("gdp")
        .setRegionCode(region)
        .setKind(TargetKind.END_OF_PERIOD_LEVEL)
        .setComparator(Comparator.AT_LEAST)
        .setValue(1000.0)
        .setUnit("亿元")
        .setBaseValue(579.1)
        .setBaseYear(2020)
        .setTargetYear(2025)
        .setAttribute(Attribute.EXPECTED)
        .setSoft(false)
        .setSource(new SourceRef("000_b20c9fafa9e76511.txt", line))
        .build();
  }

  static IndicatorProgress progress(
      final String targetId, final String region, final PaceStatus status, final double actual) {
    return IndicatorProgress.newBuilder()
        .setTargetId(targetId)
        .setIndicatorCode("gdp")
        .setRegionCode(region)
        .setYear(2022)
        .setLatestPeriod(new Period(2022, 6))
        .setUnit("亿元")
        .setActual(actual)
        .setExpected(352.0)
        .setAnnualMilestone(720.5)
        .setDeviationKind(DeviationKind.RATIO)
        .setDeviation(actual / 352.0)
        .setStatus(status)
        .setSeasonalBasis(SeasonalBasis.LINEAR)
        .setYearEndProjection(actual * 2)
        .setProjectedGap(actual * 2 - 720.5)
        .setReleaseId("2022-06-release")
        .setRevision(0)
        .setObservationPublishedAt(Instant.parse("2022-07-14T01:00:00Z"))
        .setEvaluatedAt(EVALUATED)
        .build();
  }

  static PaceAlert alert(
      final String targetId,
      final String region,
      final AlertTransition transition,
      final AlertSeverity severity,
      final Instant raisedAt) {
    return PaceAlert.newBuilder()
        .setAlertId("alert-" + targetId + "-2022")
        .setTargetId(targetId)
        .setYear(2022)
        .setType(AlertType.PACE_LAG)
        .setTransition(transition)
        .setSeverity(severity)
        .setStatusBefore(transition == AlertTransition.OPENED ? null : PaceStatus.BEHIND)
        .setStatusAfter(PaceStatus.CRITICAL)
        .setActual(320.0)
        .setExpected(352.0)
        .setGap(-32.0)
        .setUnit("亿元")
        .setPeriod(new Period(2022, 6))
        .setTextZh("浑南区 地区生产总值 1-6月累计320亿元, 低于进度352亿元")
        .setTextEn("Hunnan District, GDP Jan–Jun 320, below the expected 352")
        .setRegionCode(region)
        .setRegionNameZh("浑南区")
        .setRegionNameEn("Hunnan District")
        .setIndicatorCode("gdp")
        .setIndicatorNameZh("地区生产总值")
        .setIndicatorNameEn("Gross regional product")
        .setSource(new SourceRef("000_b20c9fafa9e76511.txt", 42))
        .setRaisedAt(raisedAt)
        .build();
  }

  /** A district's 2023 scorecard, ranked {@code rank} of 2 among Shenyang's districts on GDP. */
  static RegionScorecard scorecard(final Region region, final int rank, final double deviation) {
    return RegionScorecard.newBuilder()
        .setRegionCode(region.getCode())
        .setRegionNameZh(region.getNameZh())
        .setRegionNameEn(region.getNameEn())
        .setYear(2023)
        .setPeriod(new Period(2023, 9))
        .setAhead(rank == 1 ? 1 : 0)
        .setOnTrack(1)
        .setBehind(rank == 1 ? 0 : 1)
        .setCritical(0)
        .setNotEvaluable(0)
        .setShareOnTrack(rank == 1 ? 1.0 : 0.5)
        .setRankings(
            List.of(
                IndicatorRanking.newBuilder()
                    .setIndicatorCode("gdp")
                    .setIndicatorNameZh("地区生产总值")
                    .setIndicatorNameEn("Gross regional product")
                    .setParentRegionCode("210100")
                    .setRank(rank)
                    .setRankedRegions(2)
                    .setDeviationKind(DeviationKind.RATIO)
                    .setDeviation(deviation)
                    .setStatus(rank == 1 ? PaceStatus.AHEAD : PaceStatus.BEHIND)
                    .build()))
        .setEvaluatedAt(EVALUATED)
        .build();
  }

  static ProjectProgress regionTotals(final String region) {
    return ProjectProgress.newBuilder()
        .setRegionCode(region)
        .setYear(2023)
        .setRegionTotals(
            RegionProjectTotals.newBuilder()
                .setProjects(2)
                .setStarted(1)
                .setStartedPlan(160)
                .setCompleted(0)
                .setCompletedPlan(null)
                .setInvestmentCompletedYtd(12.5)
                .setInvestmentAnnualPlan(300.0)
                .setOverdueMilestones(1)
                .build())
        .setEvaluatedAt(EVALUATED)
        .build();
  }

  static ProjectProgress project(final String id, final String region, final ProjectStatus status) {
    return ProjectProgress.newBuilder()
        .setRegionCode(region)
        .setYear(2023)
        .setProject(
            ProjectState.newBuilder()
                .setProjectId(id)
                .setName("浑南科技城项目 " + id)
                .setStatus(status)
                .setSizeClass(ProjectSizeClass.OVER_1B)
                .setInvestmentCompletedYtd(6.25)
                .setPlannedAnnualInvestment(20.0)
                .setOverdueMilestones(
                    status == ProjectStatus.SIGNED ? List.of(MilestoneType.START) : List.of())
                .setLastReportDate(LocalDate.of(2023, 9, 30))
                .setLastUpdateId("update-" + id)
                .build())
        .setEvaluatedAt(EVALUATED)
        .build();
  }
}
