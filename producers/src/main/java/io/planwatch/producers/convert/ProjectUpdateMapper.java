package io.planwatch.producers.convert;

import io.planwatch.domain.model.Milestone;
import io.planwatch.domain.model.MilestoneType;
import io.planwatch.domain.model.ProjectSizeClass;
import io.planwatch.domain.model.ProjectStatus;
import io.planwatch.domain.model.ProjectUpdate;
import java.util.ArrayList;
import java.util.List;

/** ProjectUpdate ↔ Avro {@code ProjectUpdate} (topic {@code projects.updates}, key: project id). */
public final class ProjectUpdateMapper {
  private ProjectUpdateMapper() {}

  /** The Avro record of {@code update}. */
  public static io.planwatch.avro.ProjectUpdate toAvro(ProjectUpdate update) {
    List<io.planwatch.avro.Milestone> milestones = new ArrayList<>(update.milestones().size());
    for (Milestone milestone : update.milestones()) {
      milestones.add(
          new io.planwatch.avro.Milestone(
              EnumMapping.map(milestone.type(), io.planwatch.avro.MilestoneType.class),
              milestone.plannedDate(),
              milestone.actualDate()));
    }
    return io.planwatch.avro.ProjectUpdate.newBuilder()
        .setProjectId(update.projectId())
        .setName(update.name())
        .setRegionCode(update.regionCode())
        .setCategory(update.category())
        .setSizeClass(EnumMapping.map(update.sizeClass(), io.planwatch.avro.ProjectSizeClass.class))
        .setPlannedTotalInvestment(update.plannedTotalInvestment())
        .setPlannedAnnualInvestment(update.plannedAnnualInvestment())
        .setStatus(EnumMapping.map(update.status(), io.planwatch.avro.ProjectStatus.class))
        .setMilestones(milestones)
        .setInvestmentCompletedYtd(update.investmentCompletedYtd())
        .setReportDate(update.reportDate())
        .setUpdateId(update.updateId())
        .setPublishedAt(update.publishedAt())
        .setSource(update.source())
        .build();
  }

  /** The domain update of an Avro record. */
  public static ProjectUpdate toDomain(io.planwatch.avro.ProjectUpdate avro) {
    List<Milestone> milestones =
        avro.getMilestones().stream()
            .map(
                m ->
                    new Milestone(
                        EnumMapping.map(m.getType(), MilestoneType.class),
                        m.getPlannedDate(),
                        m.getActualDate()))
            .toList();
    return new ProjectUpdate(
        avro.getProjectId(),
        avro.getName(),
        avro.getRegionCode(),
        avro.getCategory(),
        EnumMapping.map(avro.getSizeClass(), ProjectSizeClass.class),
        avro.getPlannedTotalInvestment(),
        avro.getPlannedAnnualInvestment(),
        EnumMapping.map(avro.getStatus(), ProjectStatus.class),
        milestones,
        avro.getInvestmentCompletedYtd(),
        avro.getReportDate(),
        avro.getUpdateId(),
        avro.getPublishedAt(),
        avro.getSource());
  }

  /** The Kafka key: the project id. */
  public static String key(ProjectUpdate update) {
    return update.projectId();
  }
}
