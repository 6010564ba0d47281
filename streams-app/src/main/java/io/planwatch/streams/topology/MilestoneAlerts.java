package io.planwatch.streams.topology;

import io.planwatch.avro.AlertSeverity;
import io.planwatch.avro.AlertTransition;
import io.planwatch.avro.AlertType;
import io.planwatch.avro.Milestone;
import io.planwatch.avro.MilestoneType;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.ProjectUpdate;
import io.planwatch.avro.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * MILESTONE_OVERDUE alerts of projects: opened when a planned milestone date has passed with no
 * actual date reported, resolved when it is reported. Keyed {@code projectId|milestoneType}, one
 * alert per planned date ({@code alertId = projectId|milestoneType|plannedDate}).
 */
final class MilestoneAlerts {
  /** Overdue by more than this many days is HIGH severity, else MEDIUM. */
  static final long HIGH_AFTER_DAYS = 90;

  private MilestoneAlerts() {}

  static String key(final String projectId, final MilestoneType type) {
    return projectId + "|" + type;
  }

  static boolean isOpen(final PaceAlert alert) {
    return alert != null && alert.getTransition() == AlertTransition.OPENED;
  }

  /** Whether {@code alert} is about this planned date of the milestone. */
  static boolean concerns(final PaceAlert alert, final ProjectUpdate project, final Milestone m) {
    return alert != null && alert.getAlertId().equals(alertId(project, m));
  }

  static PaceAlert opened(
      final ProjectUpdate project,
      final Milestone m,
      final Region region,
      final LocalDate today,
      final Instant now) {
    final long days = ChronoUnit.DAYS.between(m.getPlannedDate(), today);
    final AlertSeverity severity =
        days > HIGH_AFTER_DAYS ? AlertSeverity.HIGH : AlertSeverity.MEDIUM;
    final String zh =
        "【预警｜里程碑逾期｜"
            + (severity == AlertSeverity.HIGH ? "高" : "中")
            + "】"
            + nameZh(region, project)
            + " 项目「"
            + project.getName()
            + "」计划于"
            + m.getPlannedDate()
            + milestoneZh(m.getType())
            + "，截至"
            + today
            + "未报告实际日期（逾期"
            + days
            + "天）";
    final String en =
        "[Opened | milestone overdue | "
            + severity.name().toLowerCase(Locale.ROOT)
            + "] "
            + nameEn(region, project)
            + ", project \""
            + project.getName()
            + "\": "
            + m.getType().name().toLowerCase(Locale.ROOT)
            + " planned for "
            + m.getPlannedDate()
            + ", no actual date reported by "
            + today
            + " ("
            + days
            + " days overdue)";
    return base(project, m, region, now, AlertTransition.OPENED, severity, zh, en);
  }

  static PaceAlert resolved(
      final PaceAlert open,
      final ProjectUpdate project,
      final Milestone m,
      final Region region,
      final Instant now) {
    final String zh =
        "【预警解除｜里程碑逾期】"
            + nameZh(region, project)
            + " 项目「"
            + project.getName()
            + "」已于"
            + m.getActualDate()
            + "报告"
            + milestoneZh(m.getType())
            + "（计划"
            + m.getPlannedDate()
            + "）";
    final String en =
        "[Resolved | milestone overdue] "
            + nameEn(region, project)
            + ", project \""
            + project.getName()
            + "\": "
            + m.getType().name().toLowerCase(Locale.ROOT)
            + " reported on "
            + m.getActualDate()
            + " (planned "
            + m.getPlannedDate()
            + ")";
    return base(project, m, region, now, AlertTransition.RESOLVED, open.getSeverity(), zh, en);
  }

  private static PaceAlert base(
      final ProjectUpdate project,
      final Milestone m,
      final Region region,
      final Instant now,
      final AlertTransition transition,
      final AlertSeverity severity,
      final String zh,
      final String en) {
    return PaceAlert.newBuilder()
        .setAlertId(alertId(project, m))
        .setTargetId(project.getProjectId())
        .setYear(m.getPlannedDate().getYear())
        .setType(AlertType.MILESTONE_OVERDUE)
        .setTransition(transition)
        .setSeverity(severity)
        .setTextZh(zh)
        .setTextEn(en)
        .setRegionCode(project.getRegionCode())
        .setRegionNameZh(nameZh(region, project))
        .setRegionNameEn(nameEn(region, project))
        .setReleaseId(project.getUpdateId())
        .setObservationPublishedAt(project.getPublishedAt())
        .setRaisedAt(now)
        .build();
  }

  private static String alertId(final ProjectUpdate project, final Milestone m) {
    return key(project.getProjectId(), m.getType()) + "|" + m.getPlannedDate();
  }

  private static String nameZh(final Region region, final ProjectUpdate project) {
    return region == null ? project.getRegionCode() : region.getNameZh();
  }

  private static String nameEn(final Region region, final ProjectUpdate project) {
    return region == null ? project.getRegionCode() : region.getNameEn();
  }

  private static String milestoneZh(final MilestoneType type) {
    return switch (type) {
      case PREPARATION -> "完成前期工作";
      case APPROVAL -> "立项";
      case SIGNING -> "签约";
      case START -> "开工";
      case COMPLETION -> "竣工";
      case OPERATION -> "投产";
    };
  }
}
