package io.planwatch.streams.topology;

import io.planwatch.avro.Milestone;
import io.planwatch.avro.MilestoneType;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.ProjectUpdate;
import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.streams.metrics.IgnoredReason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Tracks the projects of the regions this task owns (input keyed by region): the latest update of
 * each project, the region's totals per year, and MILESTONE_OVERDUE alerts. Deadlines pass in
 * wall-clock time, not when data arrives, so a punctuator checks them; each planned date alerts
 * once (the alert is remembered) and resolves when the actual date is reported.
 */
final class ProjectTracker implements Processor<String, ProjectInput, String, SpecificRecord> {
  private static final StringSerializer KEYS = new StringSerializer();

  private final ZoneId zone;
  private final Duration checkInterval;
  private final DomainMetrics metrics;
  private ProcessorContext<String, SpecificRecord> context;
  private ReferenceData reference;
  private KeyValueStore<String, ProjectUpdate> projects;
  private KeyValueStore<String, PaceAlert> alerts;
  private KeyValueStore<String, PlanTarget> plans;

  ProjectTracker(final ZoneId zone, final Duration checkInterval, final DomainMetrics metrics) {
    this.zone = zone;
    this.checkInterval = checkInterval;
    this.metrics = metrics;
  }

  @Override
  public void init(final ProcessorContext<String, SpecificRecord> processorContext) {
    context = processorContext;
    reference = ReferenceData.of(context);
    projects = context.getStateStore(PaceStores.PROJECT_UPDATES);
    alerts = context.getStateStore(PaceStores.MILESTONE_ALERTS);
    plans = context.getStateStore(PaceStores.PROJECT_PLANS);
    context.schedule(checkInterval, PunctuationType.WALL_CLOCK_TIME, this::checkDeadlines);
  }

  @Override
  public void process(final Record<String, ProjectInput> record) {
    if (record.value() instanceof ProjectInput.PlanChanged changed) {
      replan(record.key(), changed.target());
      return;
    }
    final ProjectUpdate update = ((ProjectInput.UpdateArrived) record.value()).update();
    final String key = record.key() + "|" + update.getProjectId();
    final ProjectUpdate known = projects.get(key);
    if (known != null && known.getUpdateId().equals(update.getUpdateId())) {
      metrics.recordIgnored(IgnoredReason.DUPLICATE);
      return;
    }
    if (known != null && known.getPublishedAt().isAfter(update.getPublishedAt())) {
      metrics.recordIgnored(IgnoredReason.STALE_REVISION);
      return;
    }
    projects.put(key, update);
    final Instant now = now();
    for (final Milestone m : update.getMilestones()) {
      final String alertKey = MilestoneAlerts.key(update.getProjectId(), m.getType());
      final PaceAlert alert = alerts.get(alertKey);
      if (m.getActualDate() != null && MilestoneAlerts.isOpen(alert)) {
        raise(
            alertKey,
            MilestoneAlerts.resolved(
                alert, update, m, reference.avroRegion(update.getRegionCode()), now));
      }
    }
    emitState(update, now);
    emitTotals(record.key(), update.getReportDate().getYear(), now);
  }

  /** A new or withdrawn count of the plan changes the region's totals of every year it has. */
  private void replan(final String key, final PlanTarget target) {
    if (target == null) {
      plans.delete(key);
    } else {
      plans.put(key, target);
    }
    final String region = KeyPrefixPartitioner.prefix(key, 1);
    final Set<Integer> years = new TreeSet<>();
    try (KeyValueIterator<String, ProjectUpdate> it = projects.prefixScan(region + "|", KEYS)) {
      it.forEachRemaining(kv -> years.add(kv.value.getReportDate().getYear()));
    }
    years.forEach(year -> emitTotals(region, year, now()));
  }

  private void checkDeadlines(final long wallClockMs) {
    final Instant now = Instant.ofEpochMilli(wallClockMs);
    final LocalDate today = LocalDate.ofInstant(now, zone);
    final Set<String> regions = new TreeSet<>();
    try (KeyValueIterator<String, ProjectUpdate> it = projects.all()) {
      while (it.hasNext()) {
        final ProjectUpdate project = it.next().value;
        for (final Milestone m : project.getMilestones()) {
          final String alertKey = MilestoneAlerts.key(project.getProjectId(), m.getType());
          if (m.getPlannedDate() != null
              && m.getActualDate() == null
              && m.getPlannedDate().isBefore(today)
              && !MilestoneAlerts.concerns(alerts.get(alertKey), project, m)) {
            raise(
                alertKey,
                MilestoneAlerts.opened(
                    project, m, reference.avroRegion(project.getRegionCode()), today, now));
            regions.add(project.getRegionCode());
            emitState(project, now);
          }
        }
      }
    }
    regions.forEach(region -> emitTotals(region, today.getYear(), now));
  }

  private void raise(final String key, final PaceAlert alert) {
    alerts.put(key, alert);
    metrics.alertEmitted(
        io.planwatch.domain.model.AlertType.MILESTONE_OVERDUE,
        io.planwatch.domain.model.AlertTransition.valueOf(alert.getTransition().name()),
        io.planwatch.domain.model.AlertSeverity.valueOf(alert.getSeverity().name()));
    context.forward(new Record<>(key, alert, context.currentSystemTimeMs()));
  }

  private void emitState(final ProjectUpdate project, final Instant now) {
    final List<MilestoneType> overdue = new ArrayList<>();
    for (final Milestone m : project.getMilestones()) {
      if (MilestoneAlerts.isOpen(
          alerts.get(MilestoneAlerts.key(project.getProjectId(), m.getType())))) {
        overdue.add(m.getType());
      }
    }
    context.forward(
        new Record<>(
            project.getProjectId(),
            ProjectRecords.state(project, overdue, now),
            context.currentSystemTimeMs()));
  }

  private void emitTotals(final String region, final int year, final Instant now) {
    final List<ProjectUpdate> ofRegion = new ArrayList<>();
    int overdue = 0;
    try (KeyValueIterator<String, ProjectUpdate> it = projects.prefixScan(region + "|", KEYS)) {
      while (it.hasNext()) {
        final KeyValue<String, ProjectUpdate> next = it.next();
        ofRegion.add(next.value);
        for (final Milestone m : next.value.getMilestones()) {
          overdue +=
              MilestoneAlerts.isOpen(
                      alerts.get(MilestoneAlerts.key(next.value.getProjectId(), m.getType())))
                  ? 1
                  : 0;
        }
      }
    }
    final List<PlanTarget> regionPlans = new ArrayList<>();
    try (KeyValueIterator<String, PlanTarget> it = plans.prefixScan(region + "|", KEYS)) {
      it.forEachRemaining(kv -> regionPlans.add(kv.value));
    }
    context.forward(
        new Record<>(
            PaceStores.regionYearKey(region, year),
            ProjectRecords.totals(
                region, year, ofRegion, ProjectPlans.startedQuota(regionPlans, year), overdue, now),
            context.currentSystemTimeMs()));
  }

  private Instant now() {
    return Instant.ofEpochMilli(context.currentSystemTimeMs());
  }
}
