package io.planwatch.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.avro.AlertTransition;
import io.planwatch.avro.AlertType;
import io.planwatch.avro.Milestone;
import io.planwatch.avro.MilestoneType;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.ProjectProgress;
import io.planwatch.avro.ProjectSizeClass;
import io.planwatch.avro.ProjectStatus;
import io.planwatch.avro.ProjectUpdate;
import io.planwatch.avro.RegionProjectTotals;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Project state, region totals and MILESTONE_OVERDUE alerts on the wall clock. */
class ProjectTrackingTest extends TopologyTestBase {
  static final String HUNNAN = "210112";
  static final LocalDate START_PLANNED = LocalDate.of(2022, 6, 30);

  TestInputTopic<String, ProjectUpdate> updates;
  TestOutputTopic<String, ProjectProgress> projectProgress;

  @BeforeEach
  void catalogue() {
    reference(List.of("210000", "210100", HUNNAN), List.of());
    updates = input(topics.projectUpdates());
    projectProgress = output(topics.projectProgress());
  }

  @Test
  void shouldRaiseMilestoneOverdueOnTheWallClockOnceAndResolveWhenReported() {
    update("p-1", "u-1", null, 4.0, 10.0);
    assertNoMore(alerts);

    driver.advanceWallClockTime(config().milestoneCheckInterval());
    final TestRecord<String, PaceAlert> opened = alerts.readRecord();
    assertThat(opened.key()).isEqualTo("p-1|START");
    assertThat(opened.value().getType()).isEqualTo(AlertType.MILESTONE_OVERDUE);
    assertThat(opened.value().getTransition()).isEqualTo(AlertTransition.OPENED);
    assertThat(opened.value().getTextZh())
        .contains("浑南区 项目「智能制造产业园」计划于2022-06-30开工，截至2022-07-20未报告实际日期（逾期20天）");
    assertThat(opened.value().getTextEn())
        .contains("start planned for 2022-06-30", "20 days overdue");

    driver.advanceWallClockTime(config().milestoneCheckInterval().multipliedBy(3));
    assertNoMore(alerts);
    assertThat(totals().getOverdueMilestones()).isEqualTo(1);

    update("p-1", "u-2", LocalDate.of(2022, 7, 25), 5.0, 10.0);

    final PaceAlert resolved = alerts.readValue();
    assertThat(resolved.getTransition()).isEqualTo(AlertTransition.RESOLVED);
    assertThat(resolved.getAlertId()).isEqualTo(opened.value().getAlertId());
    assertThat(resolved.getTextZh()).contains("已于2022-07-25报告开工");
    final RegionProjectTotals totals = totals();
    assertThat(totals.getOverdueMilestones()).isZero();
    assertThat(totals.getStarted()).isEqualTo(1);
    driver.advanceWallClockTime(Duration.ofDays(1));
    assertNoMore(alerts);
  }

  @Test
  void shouldSumInvestmentCompletedAgainstTheAnnualPlanPerRegion() {
    update("p-1", "u-1", LocalDate.of(2022, 3, 1), 4.0, 10.0);
    update("p-2", "u-2", LocalDate.of(2022, 5, 1), 6.0, 20.0);

    final Map<String, ProjectProgress> latest = projectProgress.readKeyValuesToMap();
    final RegionProjectTotals totals = latest.get(HUNNAN + "|2022").getRegionTotals();
    assertThat(totals.getProjects()).isEqualTo(2);
    assertThat(totals.getInvestmentCompletedYtd()).isEqualTo(10.0);
    assertThat(totals.getInvestmentAnnualPlan()).isEqualTo(30.0);
    assertThat(totals.getStarted()).isEqualTo(2);
    assertThat(latest.get("p-2").getProject().getInvestmentCompletedYtd()).isEqualTo(6.0);
  }

  @Test
  void shouldCompareProjectsStartedWithThePlansYearlyQuota() {
    update("p-1", "u-1", LocalDate.of(2022, 3, 1), 4.0, 10.0);
    assertThat(totals().getStartedPlan()).isNull();

    // Hunnan 14th FYP: 800 projects of 1亿元 or more landed in 2021–2025, 160 a year.
    target(AvroFixtures.catalogueTarget("000.hunnan.projects_landed_over_100m.cumulative.2025"));

    final RegionProjectTotals totals = totals();
    assertThat(totals.getStartedPlan()).isEqualTo(160);
    assertThat(totals.getStarted()).isEqualTo(1);
    assertThat(totals.getCompletedPlan()).isNull();
  }

  @Test
  void shouldIgnoreAnOlderProjectUpdateArrivingLate() {
    update("p-1", "u-2", LocalDate.of(2022, 7, 25), 5.0, 10.0);
    projectProgress.readValuesToList();
    final ProjectUpdate older =
        ProjectUpdate.newBuilder(project("p-1", "u-1", null, 4.0, 10.0))
            .setPublishedAt(Instant.parse("2022-06-01T00:00:00Z"))
            .build();

    updates.pipeInput("p-1", older);

    assertNoMore(projectProgress);
    assertThat(counter("planwatch.records.ignored", "reason", "STALE_REVISION")).isEqualTo(1.0);
  }

  private RegionProjectTotals totals() {
    return projectProgress.readKeyValuesToMap().get(HUNNAN + "|2022").getRegionTotals();
  }

  private void update(
      final String id,
      final String updateId,
      final LocalDate started,
      final double invested,
      final double annualPlan) {
    updates.pipeInput(id, project(id, updateId, started, invested, annualPlan));
  }

  private static ProjectUpdate project(
      final String id,
      final String updateId,
      final LocalDate started,
      final double invested,
      final double annualPlan) {
    return ProjectUpdate.newBuilder()
        .setProjectId(id)
        .setName("智能制造产业园")
        .setRegionCode(HUNNAN)
        .setCategory("industry")
        .setSizeClass(ProjectSizeClass.OVER_1B)
        .setPlannedTotalInvestment(50.0)
        .setPlannedAnnualInvestment(annualPlan)
        .setStatus(started == null ? ProjectStatus.SIGNED : ProjectStatus.STARTED)
        .setMilestones(List.of(new Milestone(MilestoneType.START, START_PLANNED, started)))
        .setInvestmentCompletedYtd(invested)
        .setReportDate(started == null ? LocalDate.of(2022, 6, 15) : started)
        .setUpdateId(updateId)
        .setPublishedAt(
            Instant.parse("2022-07-01T00:00:00Z").plusSeconds(updateId.hashCode() & 0xffff))
        .setSource("test")
        .build();
  }
}
