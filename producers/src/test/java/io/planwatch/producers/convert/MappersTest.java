package io.planwatch.producers.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.avro.RegionGroupRef;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Bands;
import io.planwatch.domain.model.Comparator;
import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Milestone;
import io.planwatch.domain.model.MilestoneType;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.ObservationStatus;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.PriceBasis;
import io.planwatch.domain.model.ProjectSizeClass;
import io.planwatch.domain.model.ProjectStatus;
import io.planwatch.domain.model.ProjectUpdate;
import io.planwatch.domain.model.Region;
import io.planwatch.domain.model.RegionGroup;
import io.planwatch.domain.model.RegionKind;
import io.planwatch.domain.model.SourceRef;
import io.planwatch.domain.model.TargetKind;
import io.planwatch.producers.ingest.ReferenceFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappersTest {
  private static final Instant PUBLISHED = Instant.parse("2022-07-15T02:00:00.123Z");

  private static final Region HUNNAN =
      new Region(
          "210112", "浑南区", "Hunnan District", RegionKind.DISTRICT, "210100", List.of("sy_metro"));
  private static final RegionGroup METRO =
      new RegionGroup("sy_metro", "沈阳现代化都市圈", "Shenyang metropolitan area", List.of("210112"));

  private static final Indicator UNEMPLOYMENT = withBands(ReferenceFixtures.UNEMPLOYMENT);

  private static final PlanTarget GDP_2025 =
      new PlanTarget(
          "000.hunnan.gdp.level.2025",
          "gdp",
          "210112",
          TargetKind.END_OF_PERIOD_LEVEL,
          Comparator.AT_LEAST,
          1000.0,
          579.1,
          2020,
          2025,
          Attribute.EXPECTED,
          true,
          new SourceRef("000_b20c9fafa9e76511.txt", 42),
          "力争突破1000亿元");

  private static final Observation OBSERVATION =
      new Observation(
          "industrial_value_added",
          "210100",
          new Period(2022, 6),
          Measure.YTD_GROWTH,
          5.1,
          "%",
          PriceBasis.COMPARABLE,
          Frequency.MONTHLY,
          ObservationStatus.REVISED,
          "shenyang-2022-06-abc",
          2,
          PUBLISHED,
          "file:shenyang.csv");

  private static final ProjectUpdate PROJECT =
      new ProjectUpdate(
          "HN-2022-001",
          "浑南科技城集成电路装备产业园",
          "210112",
          "新一代信息技术",
          ProjectSizeClass.OVER_10B,
          120.0,
          30.0,
          ProjectStatus.STARTED,
          List.of(
              new Milestone(
                  MilestoneType.START, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 15)),
              new Milestone(MilestoneType.COMPLETION, LocalDate.of(2024, 12, 31), null)),
          21.0,
          LocalDate.of(2022, 7, 15),
          "HN-R-2022-07-001",
          PUBLISHED,
          "file:projects.jsonl");

  @Test
  void shouldMapEveryFieldOfARegionAndNameItsGroups() {
    io.planwatch.avro.Region avro = RegionMapper.toAvro(HUNNAN, Map.of("sy_metro", METRO));

    assertThat(avro.getCode()).isEqualTo("210112");
    assertThat(avro.getNameZh()).isEqualTo("浑南区");
    assertThat(avro.getNameEn()).isEqualTo("Hunnan District");
    assertThat(avro.getKind()).isEqualTo(io.planwatch.avro.RegionKind.DISTRICT);
    assertThat(avro.getParentCode()).isEqualTo("210100");
    assertThat(avro.getGroups())
        .containsExactly(new RegionGroupRef("sy_metro", "沈阳现代化都市圈", "Shenyang metropolitan area"));
    assertThat(avro.getRollsUp()).isTrue();
    assertThat(RegionMapper.toDomain(avro)).isEqualTo(HUNNAN);
    assertThat(RegionMapper.key(HUNNAN)).isEqualTo("210112");
  }

  @Test
  void shouldSayAZoneNeverRollsUp() {
    Region zone =
        new Region(
            "Z210100HT", "沈阳高新区", "Shenyang Hi-tech Zone", RegionKind.ZONE, "210112", List.of());

    assertThat(RegionMapper.toAvro(zone, Map.of()).getRollsUp()).isFalse();
  }

  @Test
  void shouldRefuseARegionNamingAnUnknownGroup() {
    assertThatThrownBy(() -> RegionMapper.toAvro(HUNNAN, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("210112")
        .hasMessageContaining("sy_metro");
  }

  @Test
  void shouldMapEveryFieldOfAnIndicatorWithItsBands() {
    IndicatorDefinition avro = IndicatorMapper.toAvro(UNEMPLOYMENT);

    assertThat(avro.getCode()).isEqualTo("urban_unemployment_rate");
    assertThat(avro.getNameZh()).isEqualTo("城镇调查失业率");
    assertThat(avro.getNameEn()).isEqualTo("Surveyed urban unemployment rate");
    assertThat(avro.getUnit()).isEqualTo("%");
    assertThat(avro.getMeasure()).isEqualTo(io.planwatch.avro.Measure.RATE);
    assertThat(avro.getFrequency()).isEqualTo(io.planwatch.avro.Frequency.MONTHLY);
    assertThat(avro.getPriceBasis()).isEqualTo(io.planwatch.avro.PriceBasis.NOT_APPLICABLE);
    assertThat(avro.getDirection()).isEqualTo(io.planwatch.avro.Direction.LOWER_IS_BETTER);
    assertThat(avro.getAdditive()).isFalse();
    assertThat(avro.getBands()).isEqualTo(new io.planwatch.avro.Bands(0.5, -0.3, -1.0));
    assertThat(IndicatorMapper.toDomain(avro)).isEqualTo(UNEMPLOYMENT);
    assertThat(IndicatorMapper.key(UNEMPLOYMENT)).isEqualTo("urban_unemployment_rate");
  }

  @Test
  void shouldLeaveDefaultBandsNull() {
    Indicator withDefaults = ReferenceFixtures.GDP;

    assertThat(IndicatorMapper.toAvro(withDefaults).getBands()).isNull();
    assertThat(IndicatorMapper.toDomain(IndicatorMapper.toAvro(withDefaults)))
        .isEqualTo(withDefaults);
  }

  @Test
  void shouldMapEveryFieldOfATargetWithItsIndicatorsUnit() {
    io.planwatch.avro.PlanTarget avro = PlanTargetMapper.toAvro(GDP_2025, "亿元");

    assertThat(avro.getId()).isEqualTo("000.hunnan.gdp.level.2025");
    assertThat(avro.getIndicatorCode()).isEqualTo("gdp");
    assertThat(avro.getRegionCode()).isEqualTo("210112");
    assertThat(avro.getKind()).isEqualTo(io.planwatch.avro.TargetKind.END_OF_PERIOD_LEVEL);
    assertThat(avro.getComparator()).isEqualTo(io.planwatch.avro.Comparator.AT_LEAST);
    assertThat(avro.getValue()).isEqualTo(1000.0);
    assertThat(avro.getUnit()).isEqualTo("亿元");
    assertThat(avro.getBaseValue()).isEqualTo(579.1);
    assertThat(avro.getBaseYear()).isEqualTo(2020);
    assertThat(avro.getTargetYear()).isEqualTo(2025);
    assertThat(avro.getAttribute()).isEqualTo(io.planwatch.avro.Attribute.EXPECTED);
    assertThat(avro.getSoft()).isTrue();
    assertThat(avro.getSource())
        .isEqualTo(new io.planwatch.avro.SourceRef("000_b20c9fafa9e76511.txt", 42));
    assertThat(avro.getNote()).isEqualTo("力争突破1000亿元");
    assertThat(PlanTargetMapper.toDomain(avro)).isEqualTo(GDP_2025);
    assertThat(PlanTargetMapper.key(GDP_2025)).isEqualTo("000.hunnan.gdp.level.2025");
  }

  @Test
  void shouldStateAGrowthOrReductionTargetInPercentAndOtherKindsInTheIndicatorsUnit() {
    assertThat(PlanTargetMapper.valueUnit(TargetKind.ANNUAL_GROWTH, "亿元")).isEqualTo("%");
    assertThat(PlanTargetMapper.valueUnit(TargetKind.AVERAGE_ANNUAL_GROWTH, "亿元")).isEqualTo("%");
    assertThat(PlanTargetMapper.valueUnit(TargetKind.REDUCTION, "吨标准煤/万元")).isEqualTo("%");
    assertThat(PlanTargetMapper.valueUnit(TargetKind.END_OF_PERIOD_LEVEL, "亿元")).isEqualTo("亿元");
    assertThat(PlanTargetMapper.valueUnit(TargetKind.ANNUAL_LEVEL, "亿元")).isEqualTo("亿元");
    assertThat(PlanTargetMapper.valueUnit(TargetKind.CUMULATIVE_TOTAL, "万人")).isEqualTo("万人");
    assertThat(PlanTargetMapper.valueUnit(TargetKind.RATE_BOUND, "%")).isEqualTo("%");
    assertThat(PlanTargetMapper.valueUnit(TargetKind.SHARE, "%")).isEqualTo("%");
  }

  @Test
  void shouldKeepATargetsMissingBaseAndNoteAsNulls() {
    PlanTarget annual =
        new PlanTarget(
            "003.x",
            "gdp",
            "210112",
            TargetKind.ANNUAL_GROWTH,
            Comparator.ABOUT,
            6.5,
            null,
            null,
            2022,
            Attribute.NOT_STATED,
            false,
            new SourceRef("003.txt", 1),
            null);

    io.planwatch.avro.PlanTarget avro = PlanTargetMapper.toAvro(annual, "亿元");

    assertThat(avro.getUnit()).isEqualTo("%");
    assertThat(avro.getBaseValue()).isNull();
    assertThat(avro.getBaseYear()).isNull();
    assertThat(avro.getNote()).isNull();
    assertThat(PlanTargetMapper.toDomain(avro)).isEqualTo(annual);
  }

  @Test
  void shouldMapEveryFieldOfAnObservation() {
    StatisticalObservation avro = ObservationMapper.toAvro(OBSERVATION);

    assertThat(avro.getIndicatorCode()).isEqualTo("industrial_value_added");
    assertThat(avro.getRegionCode()).isEqualTo("210100");
    assertThat(avro.getPeriod()).isEqualTo(new io.planwatch.avro.Period(2022, 6));
    assertThat(avro.getMeasure()).isEqualTo(io.planwatch.avro.Measure.YTD_GROWTH);
    assertThat(avro.getValue()).isEqualTo(5.1);
    assertThat(avro.getUnit()).isEqualTo("%");
    assertThat(avro.getPriceBasis()).isEqualTo(io.planwatch.avro.PriceBasis.COMPARABLE);
    assertThat(avro.getFrequency()).isEqualTo(io.planwatch.avro.Frequency.MONTHLY);
    assertThat(avro.getStatus()).isEqualTo(io.planwatch.avro.ObservationStatus.REVISED);
    assertThat(avro.getReleaseId()).isEqualTo("shenyang-2022-06-abc");
    assertThat(avro.getRevision()).isEqualTo(2);
    assertThat(avro.getPublishedAt()).isEqualTo(PUBLISHED);
    assertThat(avro.getSource()).isEqualTo("file:shenyang.csv");
    assertThat(ObservationMapper.toDomain(avro)).isEqualTo(OBSERVATION);
    assertThat(OBSERVATION.key()).isEqualTo("industrial_value_added|210100|2022-06|YTD_GROWTH");
  }

  @Test
  void shouldMapEveryFieldOfAProjectUpdateAndItsMilestones() {
    io.planwatch.avro.ProjectUpdate avro = ProjectUpdateMapper.toAvro(PROJECT);

    assertThat(avro.getProjectId()).isEqualTo("HN-2022-001");
    assertThat(avro.getName()).isEqualTo("浑南科技城集成电路装备产业园");
    assertThat(avro.getRegionCode()).isEqualTo("210112");
    assertThat(avro.getCategory()).isEqualTo("新一代信息技术");
    assertThat(avro.getSizeClass()).isEqualTo(io.planwatch.avro.ProjectSizeClass.OVER_10B);
    assertThat(avro.getPlannedTotalInvestment()).isEqualTo(120.0);
    assertThat(avro.getPlannedAnnualInvestment()).isEqualTo(30.0);
    assertThat(avro.getStatus()).isEqualTo(io.planwatch.avro.ProjectStatus.STARTED);
    assertThat(avro.getMilestones())
        .containsExactly(
            new io.planwatch.avro.Milestone(
                io.planwatch.avro.MilestoneType.START,
                LocalDate.of(2022, 3, 1),
                LocalDate.of(2022, 3, 15)),
            new io.planwatch.avro.Milestone(
                io.planwatch.avro.MilestoneType.COMPLETION, LocalDate.of(2024, 12, 31), null));
    assertThat(avro.getInvestmentCompletedYtd()).isEqualTo(21.0);
    assertThat(avro.getReportDate()).isEqualTo(LocalDate.of(2022, 7, 15));
    assertThat(avro.getUpdateId()).isEqualTo("HN-R-2022-07-001");
    assertThat(avro.getPublishedAt()).isEqualTo(PUBLISHED);
    assertThat(avro.getSource()).isEqualTo("file:projects.jsonl");
    assertThat(ProjectUpdateMapper.toDomain(avro)).isEqualTo(PROJECT);
    assertThat(ProjectUpdateMapper.key(PROJECT)).isEqualTo("HN-2022-001");
  }

  /** The indicator with bands of its own: every field set. */
  private static Indicator withBands(Indicator i) {
    Bands bands = new Bands(0.5, -0.3, -1.0);
    return new Indicator(
        i.code(),
        i.nameZh(),
        i.nameEn(),
        i.unit(),
        i.measure(),
        i.frequency(),
        i.priceBasis(),
        i.direction(),
        i.additive(),
        bands);
  }
}
