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
import io.planwatch.avro.Measure;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.PaceStatus;
import io.planwatch.avro.Period;
import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.PriceBasis;
import io.planwatch.avro.Region;
import io.planwatch.avro.RegionKind;
import io.planwatch.avro.SeasonalBasis;
import io.planwatch.avro.SourceRef;
import io.planwatch.avro.TargetKind;
import java.time.Instant;
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
}
