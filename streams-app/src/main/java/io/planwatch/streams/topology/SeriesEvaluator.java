package io.planwatch.streams.topology;

import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.alert.AlertEvent;
import io.planwatch.domain.alert.AlertState;
import io.planwatch.domain.alert.AlertStateMachine;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.Region;
import io.planwatch.domain.pace.Evaluation;
import io.planwatch.domain.pace.MilestoneResult;
import io.planwatch.domain.pace.PaceEngine;
import io.planwatch.domain.pace.PaceInput;
import io.planwatch.domain.pace.ReasonCode;
import io.planwatch.domain.pace.TrackedMeasure;
import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.streams.metrics.IgnoredReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The heart of the topology: for one series (indicator|region) it keeps the latest revision of
 * every figure and the series' targets, and evaluates every target at the latest period known
 * whenever a figure or a target changes. It emits a progress record only when the evaluation
 * changed, and an alert event only on a transition of the alert's lifecycle.
 */
final class SeriesEvaluator implements Processor<String, SeriesInput, String, SeriesOutput> {
  private static final StringSerializer KEYS = new StringSerializer();

  private final DomainMetrics metrics;
  private ProcessorContext<String, SeriesOutput> context;
  private ReferenceData reference;
  private SeriesFigures figures;
  private KeyValueStore<String, PlanTarget> targets;
  private KeyValueStore<String, IndicatorProgress> progress;
  private KeyValueStore<String, PaceAlert> alerts;
  private long timestamp;

  SeriesEvaluator(final DomainMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void init(final ProcessorContext<String, SeriesOutput> processorContext) {
    context = processorContext;
    reference = ReferenceData.of(context);
    figures = new SeriesFigures(context.getStateStore(PaceStores.SERIES_OBSERVATIONS));
    targets = context.getStateStore(PaceStores.SERIES_TARGETS);
    progress = context.getStateStore(PaceStores.SERIES_PROGRESS);
    alerts = context.getStateStore(PaceStores.SERIES_ALERT_STATE);
  }

  @Override
  public void process(final Record<String, SeriesInput> record) {
    timestamp = record.timestamp();
    figures.forget();
    if (record.value() instanceof SeriesInput.ObservationArrived arrived) {
      observe(record.key(), arrived.observation());
    } else if (record.value() instanceof SeriesInput.TargetChanged changed) {
      retarget(record.key(), changed);
    }
  }

  private void observe(final String key, final StatisticalObservation o) {
    final StatisticalObservation known = figures.get(key);
    if (known != null
        && known.getRevision() == o.getRevision()
        && known.getReleaseId().equals(o.getReleaseId())) {
      // The same release and revision again (a replay) changes nothing by design.
      metrics.recordIgnored(IgnoredReason.DUPLICATE);
      return;
    }
    if (known != null && !supersedes(o, known)) {
      metrics.recordIgnored(IgnoredReason.STALE_REVISION);
      return;
    }
    if (known != null) {
      metrics.revisionApplied();
    }
    figures.put(key, o);
    final String series = SeriesKeys.series(o);
    final int year = o.getPeriod().getYear();
    final Period revised = known == null ? null : DomainViews.period(o.getPeriod());
    final SeriesTargets seriesTargets = seriesTargets(series);
    if (seriesTargets.domain().isEmpty()) {
      metrics.recordIgnored(IgnoredReason.NO_MATCHING_TARGET);
      return;
    }
    // Next year's seasonal profile and last-year stock come from this year's figures.
    final boolean nextYear = figures.hasYear(series, year + 1);
    int evaluated = 0;
    for (int i = 0; i < seriesTargets.domain().size(); i++) {
      evaluated += evaluate(seriesTargets, i, year, revised) ? 1 : 0;
      if (nextYear) {
        evaluate(seriesTargets, i, year + 1, null);
      }
    }
    if (evaluated == 0) {
      metrics.recordIgnored(IgnoredReason.OUTSIDE_PLAN_PERIOD);
    }
  }

  /**
   * A higher revision wins; at the same revision number (two releases numbering alike) the later
   * publication does.
   */
  private static boolean supersedes(
      final StatisticalObservation candidate, final StatisticalObservation known) {
    return candidate.getRevision() != known.getRevision()
        ? candidate.getRevision() > known.getRevision()
        : candidate.getPublishedAt().isAfter(known.getPublishedAt());
  }

  private void retarget(final String key, final SeriesInput.TargetChanged changed) {
    final String series = KeyPrefixPartitioner.prefix(key, SeriesKeys.SERIES_FIELDS);
    if (changed.target() == null) {
      targets.delete(key);
      for (final int year : figures.years(series)) {
        final String progressKey = PaceStores.targetYearKey(changed.targetId(), year);
        final IndicatorProgress removed = progress.delete(progressKey);
        if (removed != null) {
          forward(progressKey, new SeriesOutput.ProgressChanged(null, removed));
        }
      }
    } else {
      targets.put(key, changed.target());
    }
    // A new annual plan or a corrected base changes the milestones of the series' other targets.
    final SeriesTargets seriesTargets = seriesTargets(series);
    final int arrived = changed.target() == null ? -1 : seriesTargets.indexOf(changed.targetId());
    for (final int year : figures.years(series)) {
      for (int i = 0; i < seriesTargets.domain().size(); i++) {
        if (i == arrived) {
          catchUp(seriesTargets, i, year);
        }
        evaluate(seriesTargets, i, year, null);
      }
    }
  }

  /**
   * Raises the alerts of the months before the latest for a target that arrives after its series'
   * figures (a backlog loaded together with its catalogue), month by month, as if the target had
   * been there when each figure came; the latest month is then evaluated as usual. Only for a
   * target and year never evaluated before (no progress and no alert): a changed target is judged
   * at the latest figure and its history stays as it was. The progress check is what keeps a
   * changed target from raising alerts for past months; with an alert, the state machine would
   * ignore the older months anyway and the alert check only spares evaluating them.
   */
  private void catchUp(final SeriesTargets seriesTargets, final int index, final int year) {
    final String key = PaceStores.targetYearKey(seriesTargets.domain().get(index).id(), year);
    if (seriesTargets.indicator() == null || progress.get(key) != null || alerts.get(key) != null) {
      return;
    }
    final io.planwatch.domain.model.PlanTarget target = seriesTargets.domain().get(index);
    final TrackedMeasure tracked = TrackedMeasure.of(target, seriesTargets.indicator());
    final List<StatisticalObservation> months =
        figures.months(seriesTargets.series(), year, tracked.observationMeasure());
    final Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    for (final StatisticalObservation figure : months.subList(0, Math.max(0, months.size() - 1))) {
      final Evaluation evaluation = evaluation(seriesTargets, index, year, figure);
      if (!outsidePlanPeriod(evaluation.milestone())) {
        final AlertState previous = AlertRecords.state(alerts.get(key));
        AlertStateMachine.next(previous, evaluation, false)
            .ifPresent(e -> raise(key, e, previous, figure, now, false));
      }
    }
  }

  /** The pace engine's judgement of the {@code index}th target of a series at one figure. */
  private Evaluation evaluation(
      final SeriesTargets seriesTargets,
      final int index,
      final int year,
      final StatisticalObservation figure) {
    return PaceEngine.evaluate(
        new PaceInput(
            seriesTargets.domain().get(index),
            seriesTargets.indicator(),
            seriesTargets.region(),
            seriesTargets.domain(),
            null,
            DomainViews.figure(figure),
            figures.lastYear(seriesTargets.series(), year)));
  }

  /**
   * Evaluates the {@code index}th target of a series for one year at the latest figure of its
   * tracked measure.
   *
   * @return false when the target does not apply (no figure of its measure, outside its period)
   */
  private boolean evaluate(
      final SeriesTargets seriesTargets, final int index, final int year, final Period revised) {
    final Indicator indicator = seriesTargets.indicator();
    if (indicator == null) {
      return false;
    }
    final io.planwatch.domain.model.PlanTarget target = seriesTargets.domain().get(index);
    final TrackedMeasure tracked = TrackedMeasure.of(target, indicator);
    final String series = seriesTargets.series();
    final StatisticalObservation latest =
        figures.latest(series, year, tracked.observationMeasure());
    if (latest == null) {
      return false;
    }
    final Evaluation evaluation = evaluation(seriesTargets, index, year, latest);
    if (outsidePlanPeriod(evaluation.milestone())) {
      return false;
    }
    final Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    final String key = evaluation.key();
    final IndicatorProgress next = ProgressRecords.of(evaluation, latest, now);
    final IndicatorProgress before = progress.get(key);
    if (!ProgressRecords.sameContent(before, next)) {
      progress.put(key, next);
      metrics.progressEmitted(evaluation.status());
      forward(key, new SeriesOutput.ProgressChanged(next, before));
    }
    final AlertState previous = AlertRecords.state(alerts.get(key));
    final boolean isRevision = revised != null && revised.equals(evaluation.period());
    final Optional<AlertEvent> event = AlertStateMachine.next(previous, evaluation, isRevision);
    event.ifPresent(e -> raise(key, e, previous, latest, now, true));
    return true;
  }

  private void raise(
      final String key,
      final AlertEvent event,
      final AlertState previous,
      final StatisticalObservation latest,
      final Instant now,
      final boolean live) {
    final PaceAlert alert = AlertRecords.of(event, previous, latest, now);
    alerts.put(key, alert);
    metrics.alertEmitted(event.type(), event.transition(), event.severity());
    if (live) {
      // A backlog's alerts (catch-up) are months after their figures' publication: not a lag.
      metrics.publicationToAlert(Duration.between(latest.getPublishedAt(), now));
    }
    forward(key, new SeriesOutput.AlertRaised(alert));
  }

  private static boolean outsidePlanPeriod(final MilestoneResult milestone) {
    return !milestone.isResolved() && milestone.reason().code() == ReasonCode.OUT_OF_PLAN_PERIOD;
  }

  /**
   * The targets of one series (indicator|region) as domain targets, with the series' indicator and
   * region: read once per record, shared by every target's evaluation.
   */
  private record SeriesTargets(
      String series,
      List<io.planwatch.domain.model.PlanTarget> domain,
      Indicator indicator,
      Region region) {
    /** The position of a target among the series', or -1. */
    int indexOf(final String targetId) {
      for (int i = 0; i < domain.size(); i++) {
        if (domain.get(i).id().equals(targetId)) {
          return i;
        }
      }
      return -1;
    }
  }

  private SeriesTargets seriesTargets(final String series) {
    final List<PlanTarget> list = new ArrayList<>();
    try (KeyValueIterator<String, PlanTarget> it =
        targets.prefixScan(SeriesKeys.seriesPrefix(series), KEYS)) {
      it.forEachRemaining(kv -> list.add(kv.value));
    }
    if (list.isEmpty()) {
      return new SeriesTargets(series, List.of(), null, null);
    }
    final PlanTarget first = list.get(0);
    return new SeriesTargets(
        series,
        list.stream().map(DomainViews::target).toList(),
        reference.indicator(first.getIndicatorCode()),
        reference.region(first.getRegionCode()));
  }

  private void forward(final String key, final SeriesOutput output) {
    context.forward(new Record<>(key, output, timestamp));
  }
}
