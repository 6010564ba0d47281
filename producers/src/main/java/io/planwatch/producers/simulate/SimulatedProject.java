package io.planwatch.producers.simulate;

import io.planwatch.domain.model.Milestone;
import io.planwatch.domain.model.MilestoneType;
import io.planwatch.domain.model.ProjectSizeClass;
import io.planwatch.domain.model.ProjectStatus;
import io.planwatch.domain.model.ProjectUpdate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A simulated major project: planned and actual milestone dates, and how fast it spends. A missed
 * milestone has no actual date (nor do the ones after it), so its planned date passes unreported.
 *
 * @param id project id, {@code SIM-<region>-<nn>}
 * @param name name, ending in （模拟） (simulated)
 * @param regionCode the region
 * @param category sector
 * @param totalInvestment planned total investment, 亿元
 * @param planned planned date of every milestone
 * @param actual actual date of the milestones that are reached (absent: missed)
 * @param pace how fast investment is completed against plan (1 = as planned)
 */
public record SimulatedProject(
    String id,
    String name,
    String regionCode,
    String category,
    double totalInvestment,
    Map<MilestoneType, LocalDate> planned,
    Map<MilestoneType, LocalDate> actual,
    double pace) {
  private static final double DAYS_PER_MONTH = 365.25 / 12;

  public SimulatedProject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planned.get(MilestoneType.START), "planned start");
    Objects.requireNonNull(planned.get(MilestoneType.COMPLETION), "planned completion");
    planned = Collections.unmodifiableMap(new EnumMap<>(planned));
    actual = actual.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(actual));
  }

  /** The milestones the project misses (planned, never reported). */
  public List<MilestoneType> missed() {
    return planned.keySet().stream().filter(t -> !actual.containsKey(t)).toList();
  }

  /** The office's report at the end of {@code month}. */
  ProjectUpdate update(YearMonth month, Instant publishedAt, String source) {
    LocalDate reportDate = month.atEndOfMonth();
    List<Milestone> milestones = new ArrayList<>();
    ProjectStatus status = ProjectStatus.PLANNED;
    for (MilestoneType type : MilestoneType.values()) {
      LocalDate plan = planned.get(type);
      LocalDate done = reached(type, reportDate);
      if (plan != null || done != null) {
        milestones.add(new Milestone(type, plan, done));
      }
      if (done != null) {
        status = statusAfter(type);
      }
    }
    Double annual = plannedAnnual(month.getYear());
    return new ProjectUpdate(
        id,
        name,
        regionCode,
        category,
        ProjectSizeClass.of(totalInvestment),
        totalInvestment,
        annual,
        status,
        milestones,
        completedYtd(reportDate),
        reportDate,
        id + "@" + reportDate,
        publishedAt,
        source);
  }

  private LocalDate reached(MilestoneType type, LocalDate reportDate) {
    LocalDate done = actual.get(type);
    return done != null && !done.isAfter(reportDate) ? done : null;
  }

  /** The planned investment of a year: its share of the planned construction months. */
  Double plannedAnnual(int year) {
    double months = overlapMonths(plannedStart(), plannedEnd(), year, LocalDate.of(year, 12, 31));
    return months <= 0 ? null : Decimals.round(totalInvestment * months / plannedMonths(), 2);
  }

  /** Investment completed from 1 January to the report date, 亿元. */
  double completedYtd(LocalDate reportDate) {
    LocalDate started = reached(MilestoneType.START, reportDate);
    if (started == null) {
      return 0.0;
    }
    LocalDate finished = reached(MilestoneType.COMPLETION, reportDate);
    LocalDate end = finished != null ? finished : reportDate;
    double worked = overlapMonths(started, end, reportDate.getYear(), reportDate);
    double spentBefore =
        overlapMonths(started, end, -1, LocalDate.of(reportDate.getYear() - 1, 12, 31));
    double perMonth = totalInvestment / plannedMonths() * pace;
    double remaining = Math.max(0, totalInvestment - perMonth * spentBefore);
    return Decimals.round(Math.min(remaining, perMonth * worked), 2);
  }

  private LocalDate plannedStart() {
    return planned.get(MilestoneType.START);
  }

  private LocalDate plannedEnd() {
    return planned.get(MilestoneType.COMPLETION);
  }

  private double plannedMonths() {
    return Math.max(1, ChronoUnit.DAYS.between(plannedStart(), plannedEnd()) / DAYS_PER_MONTH);
  }

  /**
   * Months of [from, to] that fall in {@code year} up to {@code until} (year −1: everything up to
   * {@code until}).
   */
  private static double overlapMonths(LocalDate from, LocalDate to, int year, LocalDate until) {
    LocalDate start = year < 0 ? from : max(from, LocalDate.of(year, 1, 1));
    LocalDate end = min(to, until);
    long days = ChronoUnit.DAYS.between(start, end);
    return days <= 0 ? 0 : days / DAYS_PER_MONTH;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static ProjectStatus statusAfter(MilestoneType type) {
    return switch (type) {
      case PREPARATION -> ProjectStatus.PREPARATION;
      case APPROVAL -> ProjectStatus.APPROVED;
      case SIGNING -> ProjectStatus.SIGNED;
      case START -> ProjectStatus.STARTED;
      case COMPLETION -> ProjectStatus.COMPLETED;
      case OPERATION -> ProjectStatus.IN_OPERATION;
    };
  }
}
