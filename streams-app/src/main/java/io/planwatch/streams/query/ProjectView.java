package io.planwatch.streams.query;

import java.util.List;

/** One major project's latest state. Money in 亿元. */
record ProjectView(
    String projectId,
    String name,
    Label region,
    int year,
    String status,
    String sizeClass,
    double investmentCompletedYtd,
    Double plannedAnnualInvestment,
    List<String> overdueMilestones,
    String lastReportDate,
    String lastUpdateId,
    String evaluatedAt) {

  ProjectView {
    overdueMilestones = List.copyOf(overdueMilestones);
  }
}
