package io.planwatch.streams.topology;

import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.ProjectProgress;
import io.planwatch.avro.ProjectUpdate;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * The project part of the topology: project updates and the plan's project counts meet per region
 * in the {@link ProjectTracker}, which writes {@code projects.progress} and MILESTONE_OVERDUE
 * alerts to {@code pace.alerts}.
 */
final class ProjectSteps {
  /** Region keys ({@code region} or {@code region|targetId}) are partitioned by the region. */
  private static final int REGION_FIELDS = 1;

  private final TopologyParts parts;
  private final Topics topics;

  ProjectSteps(final TopologyParts parts) {
    this.parts = parts;
    this.topics = parts.config.topics();
  }

  /**
   * @param targetChanges target changes keyed {@code indicator|region|targetId}
   */
  void build(final KStream<String, PlanTarget> targetChanges) {
    final TopicSpec<ProjectUpdate> topic = topics.projectUpdates();
    parts.addStore(PaceStores.PROJECT_UPDATES, ProjectUpdate.class);
    parts.addStore(PaceStores.PROJECT_PLANS, PlanTarget.class);
    parts.addStore(PaceStores.MILESTONE_ALERTS, PaceAlert.class);
    final KStream<String, ProjectInput> plans =
        targetChanges
            .filter((key, target) -> ProjectPlans.isStartedCount(key), Named.as("project-counts"))
            // Why: the plan's counts must meet the region's projects in one task.
            .selectKey((key, target) -> ProjectPlans.regionKey(key), Named.as("plan-by-region"))
            .repartition(
                parts.byKeyPrefix(
                    "project-plans-by-region",
                    topics.planTargets().valueSerde(parts.serdes),
                    REGION_FIELDS))
            .mapValues(
                t -> (ProjectInput) new ProjectInput.PlanChanged(t), Named.as("plan-changed"));
    final Map<String, KStream<String, SpecificRecord>> outputs =
        parts.builder.stream(topic.name(), parts.consumed(topic, "project-updates"))
            .processValues(ProjectValidator::new, Named.as("validate-project-updates"))
            // Why: a region's totals need all of its projects in one task.
            .selectKey((projectId, update) -> update.getRegionCode(), Named.as("key-by-region"))
            .repartition(
                parts.byKeyPrefix(
                    "projects-by-region", topic.valueSerde(parts.serdes), REGION_FIELDS))
            .mapValues(
                u -> (ProjectInput) new ProjectInput.UpdateArrived(u), Named.as("update-arrived"))
            .merge(plans, Named.as("project-inputs"))
            .process(
                () ->
                    new ProjectTracker(
                        parts.config.zone(), parts.config.milestoneCheckInterval(), parts.metrics),
                Named.as("track-projects"),
                PaceStores.PROJECT_UPDATES,
                PaceStores.PROJECT_PLANS,
                PaceStores.MILESTONE_ALERTS)
            .split(Named.as("project-output-"))
            .branch((key, out) -> out instanceof ProjectProgress, Branched.as("progress"))
            .branch((key, out) -> out instanceof PaceAlert, Branched.as("alerts"))
            .noDefaultBranch();
    outputs
        .get("project-output-progress")
        .mapValues(out -> (ProjectProgress) out, Named.as("project-progress-values"))
        .to(
            topics.projectProgress().name(),
            parts.produced(topics.projectProgress(), "project-progress"));
    outputs
        .get("project-output-alerts")
        .mapValues(out -> (PaceAlert) out, Named.as("milestone-alert-values"))
        .to(topics.paceAlerts().name(), parts.produced(topics.paceAlerts(), "milestone-alerts"));
  }
}
