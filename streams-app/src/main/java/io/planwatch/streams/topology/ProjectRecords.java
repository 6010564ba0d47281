package io.planwatch.streams.topology;

import io.planwatch.avro.Milestone;
import io.planwatch.avro.MilestoneType;
import io.planwatch.avro.ProjectProgress;
import io.planwatch.avro.ProjectState;
import io.planwatch.avro.ProjectUpdate;
import io.planwatch.avro.RegionProjectTotals;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/** Writes project state and a region's project totals as the {@code projects.progress} contract. */
final class ProjectRecords {
  private ProjectRecords() {}

  static ProjectProgress state(
      final ProjectUpdate u, final List<MilestoneType> overdue, final Instant now) {
    return ProjectProgress.newBuilder()
        .setRegionCode(u.getRegionCode())
        .setYear(u.getReportDate().getYear())
        .setProject(
            ProjectState.newBuilder()
                .setProjectId(u.getProjectId())
                .setName(u.getName())
                .setStatus(u.getStatus())
                .setSizeClass(u.getSizeClass())
                .setInvestmentCompletedYtd(u.getInvestmentCompletedYtd())
                .setPlannedAnnualInvestment(u.getPlannedAnnualInvestment())
                .setOverdueMilestones(overdue)
                .setLastReportDate(u.getReportDate())
                .setLastUpdateId(u.getUpdateId())
                .build())
        .setEvaluatedAt(now)
        .build();
  }

  /**
   * The region's totals for {@code year}: projects known, started and completed in the year (by the
   * actual START and COMPLETION dates), investment completed this year (by projects whose latest
   * report is of this year) against the sum of their annual plans, and overdue milestones. The
   * plan's project counts are not derived here: the catalogue's project-count indicators do not say
   * which count (started, landed, attracted) a plan means.
   */
  static ProjectProgress totals(
      final String region,
      final int year,
      final Collection<ProjectUpdate> projects,
      final Integer startedPlan,
      final int overdue,
      final Instant now) {
    double invested = 0;
    double planned = 0;
    boolean anyPlan = false;
    for (final ProjectUpdate u : projects) {
      if (u.getReportDate().getYear() == year) {
        invested += u.getInvestmentCompletedYtd();
        if (u.getPlannedAnnualInvestment() != null) {
          planned += u.getPlannedAnnualInvestment();
          anyPlan = true;
        }
      }
    }
    return ProjectProgress.newBuilder()
        .setRegionCode(region)
        .setYear(year)
        .setRegionTotals(
            RegionProjectTotals.newBuilder()
                .setProjects(projects.size())
                .setStarted(count(projects, reachedIn(MilestoneType.START, year)))
                .setStartedPlan(startedPlan)
                .setCompleted(count(projects, reachedIn(MilestoneType.COMPLETION, year)))
                .setCompletedPlan(null)
                .setInvestmentCompletedYtd(invested)
                .setInvestmentAnnualPlan(anyPlan ? planned : null)
                .setOverdueMilestones(overdue)
                .build())
        .setEvaluatedAt(now)
        .build();
  }

  private static Predicate<Milestone> reachedIn(final MilestoneType type, final int year) {
    return m ->
        m.getType() == type && m.getActualDate() != null && m.getActualDate().getYear() == year;
  }

  private static int count(final Collection<ProjectUpdate> projects, final Predicate<Milestone> p) {
    return (int) projects.stream().filter(u -> u.getMilestones().stream().anyMatch(p)).count();
  }
}
