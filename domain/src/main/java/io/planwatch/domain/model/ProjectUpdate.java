package io.planwatch.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A project office's report on a major project.
 *
 * @param projectId stable project id
 * @param name project name (Chinese, as the office writes it)
 * @param regionCode the region it is in
 * @param category sector or category (e.g. 新一代信息技术, 基础设施)
 * @param sizeClass size class by planned total investment
 * @param plannedTotalInvestment planned total investment, 亿元
 * @param plannedAnnualInvestment planned investment for the report's year, 亿元, or null
 * @param status reported status
 * @param milestones milestones with planned and actual dates
 * @param investmentCompletedYtd investment completed this year to date, 亿元
 * @param reportDate the date the report refers to
 * @param updateId id of this update (idempotency), e.g. office report id
 * @param publishedAt when it was published
 * @param source where it came from ("simulated" for simulated data)
 */
public record ProjectUpdate(
    String projectId,
    String name,
    String regionCode,
    String category,
    ProjectSizeClass sizeClass,
    double plannedTotalInvestment,
    Double plannedAnnualInvestment,
    ProjectStatus status,
    List<Milestone> milestones,
    double investmentCompletedYtd,
    java.time.LocalDate reportDate,
    String updateId,
    Instant publishedAt,
    String source) {
  public ProjectUpdate {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reportDate, "reportDate");
    Objects.requireNonNull(updateId, "updateId");
    Objects.requireNonNull(publishedAt, "publishedAt");
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
  }
}
