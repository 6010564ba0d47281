package io.planwatch.avro;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** One realistic instance of every contract record, with the seed plans' Chinese names. */
public final class SampleRecords {
  public static final Instant PUBLISHED = Instant.parse("2022-07-15T02:00:00Z");
  public static final Instant EVALUATED = Instant.parse("2022-07-15T02:00:05.123Z");

  private SampleRecords() {}

  public static Region hunnan() {
    return Region.newBuilder()
        .setCode("210112")
        .setNameZh("浑南区")
        .setNameEn("Hunnan District")
        .setKind(RegionKind.DISTRICT)
        .setParentCode("210100")
        .setGroups(
            List.of(new RegionGroupRef("shenyang_metro", "沈阳现代化都市圈", "Shenyang metropolitan area")))
        .setRollsUp(true)
        .build();
  }

  public static IndicatorDefinition gdp() {
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
        .setBands(new Bands(1.03, 0.97, 0.93))
        .build();
  }

  public static PlanTarget hunnanGdp2025() {
    return PlanTarget.newBuilder()
        .setId("hunnan-fyp-gdp-2025")
        .setIndicatorCode("gdp")
        .setRegionCode("210112")
        .setKind(TargetKind.END_OF_PERIOD_LEVEL)
        .setComparator(Comparator.AT_LEAST)
        .setValue(1000.0)
        .setUnit("亿元")
        .setBaseValue(579.1)
        .setBaseYear(2020)
        .setTargetYear(2025)
        .setAttribute(Attribute.EXPECTED)
        .setSoft(true)
        .setSource(new SourceRef("000_b20c9fafa9e76511.txt", 42))
        .setNote("力争突破1000亿元")
        .build();
  }

  public static StatisticalObservation shenyangIndustryJune() {
    return StatisticalObservation.newBuilder()
        .setIndicatorCode("industrial_value_added")
        .setRegionCode("210100")
        .setPeriod(new Period(2022, 6))
        .setMeasure(Measure.YTD_GROWTH)
        .setValue(5.1)
        .setUnit("%")
        .setPriceBasis(PriceBasis.COMPARABLE)
        .setFrequency(Frequency.MONTHLY)
        .setStatus(ObservationStatus.PROVISIONAL)
        .setReleaseId("shenyang-stats-2022-06")
        .setRevision(0)
        .setPublishedAt(PUBLISHED)
        .setSource("沈阳市统计局 2022年6月统计月报")
        .build();
  }

  public static ProjectUpdate hunnanProject() {
    return ProjectUpdate.newBuilder()
        .setProjectId("hn-2022-017")
        .setName("浑南科技城集成电路产业园")
        .setRegionCode("210112")
        .setCategory("新一代信息技术")
        .setSizeClass(ProjectSizeClass.OVER_1B)
        .setPlannedTotalInvestment(52.0)
        .setPlannedAnnualInvestment(12.5)
        .setStatus(ProjectStatus.STARTED)
        .setMilestones(
            List.of(
                new Milestone(
                    MilestoneType.START, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 18)),
                new Milestone(MilestoneType.COMPLETION, LocalDate.of(2024, 10, 31), null)))
        .setInvestmentCompletedYtd(6.2)
        .setReportDate(LocalDate.of(2022, 6, 30))
        .setUpdateId("hn-office-2022-06-017")
        .setPublishedAt(PUBLISHED)
        .setSource("simulated")
        .build();
  }

  public static IndicatorProgress shenyangIndustryProgress() {
    return IndicatorProgress.newBuilder()
        .setTargetId("shenyang-2022-industrial-growth")
        .setIndicatorCode("industrial_value_added")
        .setRegionCode("210100")
        .setYear(2022)
        .setLatestPeriod(new Period(2022, 6))
        .setUnit("%")
        .setActual(5.1)
        .setExpected(12.0)
        .setAnnualMilestone(12.0)
        .setDeviationKind(DeviationKind.GAP_PP)
        .setDeviation(-6.9)
        .setStatus(PaceStatus.CRITICAL)
        .setSeasonalBasis(null)
        .setYearEndProjection(5.1)
        .setProjectedGap(-6.9)
        .setPaceNeededRestOfYear(18.4)
        .setReleaseId("shenyang-stats-2022-06")
        .setRevision(0)
        .setObservationPublishedAt(PUBLISHED)
        .setEvaluatedAt(EVALUATED)
        .build();
  }

  public static PaceAlert shenyangIndustryAlert() {
    return PaceAlert.newBuilder()
        .setAlertId("shenyang-2022-industrial-growth|2022")
        .setTargetId("shenyang-2022-industrial-growth")
        .setYear(2022)
        .setType(AlertType.PACE_LAG)
        .setTransition(AlertTransition.OPENED)
        .setSeverity(AlertSeverity.HIGH)
        .setStatusBefore(PaceStatus.ON_TRACK)
        .setStatusAfter(PaceStatus.CRITICAL)
        .setActual(5.1)
        .setExpected(12.0)
        .setGap(-6.9)
        .setUnit("%")
        .setPeriod(new Period(2022, 6))
        .setTextZh("沈阳市 规模以上工业增加值 1-6月累计增长5.1%,低于年度目标12%(差6.9个百分点)")
        .setTextEn(
            "Shenyang, industrial value added above designated size, Jan–Jun YTD growth 5.1 %,"
                + " 6.9 pp below the annual target of 12 %")
        .setRegionCode("210100")
        .setRegionNameZh("沈阳市")
        .setRegionNameEn("Shenyang")
        .setIndicatorCode("industrial_value_added")
        .setIndicatorNameZh("规模以上工业增加值")
        .setIndicatorNameEn("Industrial value added above designated size")
        .setSource(new SourceRef("002_shenyang_2022.txt", 17))
        .setReleaseId("shenyang-stats-2022-06")
        .setObservationPublishedAt(PUBLISHED)
        .setRaisedAt(EVALUATED)
        .build();
  }

  public static RegionScorecard hunnanScorecard() {
    return RegionScorecard.newBuilder()
        .setRegionCode("210112")
        .setRegionNameZh("浑南区")
        .setRegionNameEn("Hunnan District")
        .setYear(2022)
        .setPeriod(new Period(2022, 6))
        .setAhead(3)
        .setOnTrack(7)
        .setBehind(2)
        .setCritical(1)
        .setNotEvaluable(4)
        .setShareOnTrack(10.0 / 13.0)
        .setRankings(
            List.of(
                new IndicatorRanking(
                    "gdp",
                    "地区生产总值",
                    "Gross regional product",
                    "210100",
                    2,
                    13,
                    DeviationKind.RATIO,
                    1.012,
                    PaceStatus.ON_TRACK)))
        .setEvaluatedAt(EVALUATED)
        .build();
  }

  public static ProjectProgress hunnanProjectTotals() {
    return ProjectProgress.newBuilder()
        .setRegionCode("210112")
        .setYear(2022)
        .setRegionTotals(new RegionProjectTotals(168, 96, 160, 41, null, 210.4, 420.0, 3))
        .setProject(null)
        .setEvaluatedAt(EVALUATED)
        .build();
  }

  public static ProjectProgress hunnanProjectState() {
    return ProjectProgress.newBuilder()
        .setRegionCode("210112")
        .setYear(2022)
        .setRegionTotals(null)
        .setProject(
            new ProjectState(
                "hn-2022-017",
                "浑南科技城集成电路产业园",
                ProjectStatus.STARTED,
                ProjectSizeClass.OVER_1B,
                6.2,
                12.5,
                List.of(MilestoneType.APPROVAL),
                LocalDate.of(2022, 6, 30),
                "hn-office-2022-06-017"))
        .setEvaluatedAt(EVALUATED)
        .build();
  }

  public static DeadLetter deadLetter() {
    return DeadLetter.newBuilder()
        .setSourceTopic("planwatch.stats.observations")
        .setPartition(3)
        .setOffset(120_044L)
        .setKey(
            java.nio.ByteBuffer.wrap(
                "gdp|210112|2022-06|YTD_LEVEL".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .setValue(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3}))
        .setApplicationId("planwatch-pace")
        .setStage("deserialization")
        .setExceptionClass("io.planwatch.registry.serde.AvroDeserializationException")
        .setExceptionMessage("unknown magic byte 0x01")
        .setRecordTimestamp(PUBLISHED)
        .setFailedAt(EVALUATED)
        .build();
  }

  /** Every sample, one or more per record type. */
  public static List<SpecificRecord> all() {
    return List.of(
        hunnan(),
        gdp(),
        hunnanGdp2025(),
        shenyangIndustryJune(),
        hunnanProject(),
        shenyangIndustryProgress(),
        shenyangIndustryAlert(),
        hunnanScorecard(),
        hunnanProjectTotals(),
        hunnanProjectState(),
        deadLetter());
  }
}
