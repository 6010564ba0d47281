package io.planwatch.producers.simulate;

import static io.planwatch.producers.simulate.SimulationFixtures.BATCHES;
import static io.planwatch.producers.simulate.SimulationFixtures.DEFAULT;
import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.model.Milestone;
import io.planwatch.domain.model.MilestoneType;
import io.planwatch.domain.model.ProjectSizeClass;
import io.planwatch.domain.model.ProjectStatus;
import io.planwatch.domain.model.ProjectUpdate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProjectPortfolioTest {
  private static List<ProjectUpdate> updates() {
    return BATCHES.stream().flatMap(b -> b.projectUpdates().stream()).toList();
  }

  @Test
  void shouldGiveHunnanADozenNamedSimulatedProjectsOfSeveralSizeClasses() {
    List<SimulatedProject> hunnan =
        DEFAULT.projects().stream().filter(p -> p.regionCode().equals("210112")).toList();

    assertThat(hunnan).hasSize(12);
    assertThat(hunnan).allMatch(p -> p.id().startsWith("SIM-210112-") && p.name().endsWith("（模拟）"));
    assertThat(hunnan.stream().map(p -> ProjectSizeClass.of(p.totalInvestment())).distinct())
        .contains(ProjectSizeClass.OVER_100M, ProjectSizeClass.OVER_1B);
  }

  @Test
  void shouldNeverMoveAProjectBackwardsInStatus() {
    Map<String, List<ProjectUpdate>> byProject =
        updates().stream().collect(Collectors.groupingBy(ProjectUpdate::projectId));
    for (List<ProjectUpdate> reports : byProject.values()) {
      for (int i = 1; i < reports.size(); i++) {
        assertThat(reports.get(i).status().ordinal())
            .as(reports.get(i).updateId())
            .isGreaterThanOrEqualTo(reports.get(i - 1).status().ordinal());
      }
    }
    assertThat(updates()).anyMatch(u -> u.status() == ProjectStatus.STARTED);
    assertThat(updates()).anyMatch(u -> u.status() == ProjectStatus.COMPLETED);
  }

  @Test
  void shouldReportAnOverdueStartInTheFirstMonths() {
    ProjectUpdate march =
        updates().stream()
            .filter(u -> u.projectId().equals("SIM-210112-02"))
            .filter(u -> u.reportDate().getYear() == 2021 && u.reportDate().getMonthValue() == 3)
            .findFirst()
            .orElseThrow();
    Milestone start =
        march.milestones().stream()
            .filter(m -> m.type() == MilestoneType.START)
            .findFirst()
            .orElseThrow();

    assertThat(start.plannedDate()).isBefore(march.reportDate());
    assertThat(start.actualDate()).isNull();
    assertThat(march.investmentCompletedYtd()).isZero();
  }

  @Test
  void shouldOnlyReportActualDatesThatHavePassedAndInvestmentThatGrowsWithinTheYear() {
    Map<String, List<ProjectUpdate>> byProjectYear =
        updates().stream()
            .collect(Collectors.groupingBy(u -> u.projectId() + "|" + u.reportDate().getYear()));
    for (List<ProjectUpdate> reports : byProjectYear.values()) {
      for (int i = 1; i < reports.size(); i++) {
        assertThat(reports.get(i).investmentCompletedYtd())
            .isGreaterThanOrEqualTo(reports.get(i - 1).investmentCompletedYtd());
      }
    }
    for (ProjectUpdate update : updates()) {
      assertThat(update.milestones())
          .allMatch(m -> m.actualDate() == null || !m.actualDate().isAfter(update.reportDate()));
      assertThat(update.investmentCompletedYtd())
          .isLessThanOrEqualTo(update.plannedTotalInvestment());
    }
    assertThat(updates()).anyMatch(u -> u.investmentCompletedYtd() > 0);
  }
}
