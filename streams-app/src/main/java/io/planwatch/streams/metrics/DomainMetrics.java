package io.planwatch.streams.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.planwatch.domain.model.AlertSeverity;
import io.planwatch.domain.model.AlertTransition;
import io.planwatch.domain.model.AlertType;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.PaceStatus;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The domain's own meters, for the topology to call. Every tag comes from a small enum, so the
 * number of series is fixed (no region or indicator codes in tags), and every series is registered
 * up front: a rate of zero shows as zero in Prometheus, not as a missing series.
 */
public final class DomainMetrics {

  static final String OBSERVATIONS = "planwatch.observations.processed";
  static final String REVISIONS = "planwatch.revisions.applied";
  static final String IGNORED = "planwatch.records.ignored";
  static final String DLQ = "planwatch.dlq.records";
  static final String ALERTS = "planwatch.alerts.emitted";
  static final String PROGRESS = "planwatch.progress.emitted";
  static final String PUBLICATION_TO_ALERT = "planwatch.alert.publication.lag";

  private final Map<Measure, Counter> observations;
  private final Counter revisions;
  private final Map<IgnoredReason, Counter> ignored;
  private final Map<DlqStage, Map<DlqReason, Counter>> dlq;
  private final Map<AlertType, Map<AlertTransition, Map<AlertSeverity, Counter>>> alerts;
  private final Map<PaceStatus, Counter> progress;
  private final Timer publicationToAlert;

  public DomainMetrics(final MeterRegistry registry) {
    observations =
        byEnum(
            Measure.class,
            measure ->
                Counter.builder(OBSERVATIONS)
                    .description("Statistical observations processed, by measure")
                    .tag("measure", measure.name())
                    .register(registry));
    revisions =
        Counter.builder(REVISIONS)
            .description("Revisions that replaced an earlier figure and were recomputed")
            .register(registry);
    ignored =
        byEnum(
            IgnoredReason.class,
            reason ->
                Counter.builder(IGNORED)
                    .description("Well-formed records that changed nothing, by reason")
                    .tag("reason", reason.name())
                    .register(registry));
    dlq =
        byEnum(
            DlqStage.class,
            stage ->
                byEnum(
                    DlqReason.class,
                    reason ->
                        Counter.builder(DLQ)
                            .description(
                                "Records sent to the dead-letter topic, by stage and reason")
                            .tag("stage", stage.name())
                            .tag("reason", reason.name())
                            .register(registry)));
    alerts =
        byEnum(
            AlertType.class,
            type ->
                byEnum(
                    AlertTransition.class,
                    transition ->
                        byEnum(
                            AlertSeverity.class,
                            severity ->
                                Counter.builder(ALERTS)
                                    .description(
                                        "Alert events emitted, by type, transition and severity")
                                    .tag("type", type.name())
                                    .tag("transition", transition.name())
                                    .tag("severity", severity.name())
                                    .register(registry))));
    progress =
        byEnum(
            PaceStatus.class,
            status ->
                Counter.builder(PROGRESS)
                    .description("Progress records emitted, by pace status")
                    .tag("status", status.name())
                    .register(registry));
    publicationToAlert =
        Timer.builder(PUBLICATION_TO_ALERT)
            .description("From a release's publication time to the alert it caused")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(10))
            .maximumExpectedValue(Duration.ofDays(7))
            .register(registry);
  }

  /** One value per constant of {@code type}, created now. */
  private static <E extends Enum<E>, V> Map<E, V> byEnum(
      final Class<E> type, final Function<E, V> create) {
    final Map<E, V> values = new EnumMap<>(type);
    for (final E constant : type.getEnumConstants()) {
      values.put(constant, create.apply(constant));
    }
    return values;
  }

  public void observationProcessed(final Measure measure) {
    observations.get(measure).increment();
  }

  public void revisionApplied() {
    revisions.increment();
  }

  public void recordIgnored(final IgnoredReason reason) {
    ignored.get(reason).increment();
  }

  public void deadLettered(final DlqStage stage, final DlqReason reason) {
    dlq.get(stage).get(reason).increment();
  }

  public void alertEmitted(
      final AlertType type, final AlertTransition transition, final AlertSeverity severity) {
    alerts.get(type).get(transition).get(severity).increment();
  }

  public void progressEmitted(final PaceStatus status) {
    progress.get(status).increment();
  }

  /**
   * Records how long after its publication a release raised an alert. A negative lag (the
   * producer's clock ahead of ours) is recorded as zero rather than dropped, so the count stays
   * equal to the number of alerts.
   */
  public void publicationToAlert(final Duration lag) {
    publicationToAlert.record(lag.isNegative() ? Duration.ZERO : lag);
  }
}
