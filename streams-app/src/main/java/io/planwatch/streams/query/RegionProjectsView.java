package io.planwatch.streams.query;

import java.util.List;

/** A region's projects in a year and its totals against the plan (null until computed). */
record RegionProjectsView(Label region, int year, Totals totals, List<ProjectView> projects) {

  RegionProjectsView {
    projects = List.copyOf(projects);
  }

  /** Counts and investment of the region's projects against the plan. Money in 亿元. */
  record Totals(
      int projects,
      int started,
      Integer startedPlan,
      int completed,
      Integer completedPlan,
      double investmentCompletedYtd,
      Double investmentAnnualPlan,
      int overdueMilestones) {}
}
