package io.planwatch.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.planwatch.domain.model.AlertSeverity;
import io.planwatch.domain.model.AlertTransition;
import io.planwatch.domain.model.AlertType;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.PaceStatus;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DomainMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final DomainMetrics metrics = new DomainMetrics(registry);

  @Test
  void shouldCountAlertsByTypeTransitionAndSeverity() {
    metrics.alertEmitted(AlertType.PACE_LAG, AlertTransition.OPENED, AlertSeverity.HIGH);
    metrics.alertEmitted(AlertType.PACE_LAG, AlertTransition.OPENED, AlertSeverity.HIGH);
    metrics.alertEmitted(AlertType.PACE_LAG, AlertTransition.RETRACTED, AlertSeverity.HIGH);

    assertThat(alerts("OPENED", "HIGH")).isEqualTo(2.0);
    assertThat(alerts("RETRACTED", "HIGH")).isEqualTo(1.0);
    assertThat(alerts("OPENED", "LOW")).isZero();
  }

  @Test
  void shouldRegisterEverySeriesUpFrontSoZeroRatesAreVisible() {
    assertThat(registry.find(DomainMetrics.ALERTS).counters())
        .hasSize(
            AlertType.values().length
                * AlertTransition.values().length
                * AlertSeverity.values().length);
    assertThat(registry.find(DomainMetrics.DLQ).counters())
        .hasSize(DlqStage.values().length * DlqReason.values().length);
  }

  @Test
  void shouldCountRecordsByTheirLowCardinalityTags() {
    metrics.observationProcessed(Measure.YTD_GROWTH);
    metrics.revisionApplied();
    metrics.recordIgnored(IgnoredReason.STALE_REVISION);
    metrics.deadLettered(DlqStage.DESERIALIZATION, DlqReason.MALFORMED);
    metrics.progressEmitted(PaceStatus.BEHIND);

    assertThat(count(DomainMetrics.OBSERVATIONS, "measure", "YTD_GROWTH")).isEqualTo(1.0);
    assertThat(count(DomainMetrics.OBSERVATIONS, "measure", "YTD_LEVEL")).isZero();
    assertThat(registry.get(DomainMetrics.REVISIONS).counter().count()).isEqualTo(1.0);
    assertThat(count(DomainMetrics.IGNORED, "reason", "STALE_REVISION")).isEqualTo(1.0);
    assertThat(
            registry
                .get(DomainMetrics.DLQ)
                .tag("stage", "DESERIALIZATION")
                .tag("reason", "MALFORMED")
                .counter()
                .count())
        .isEqualTo(1.0);
    assertThat(count(DomainMetrics.PROGRESS, "status", "BEHIND")).isEqualTo(1.0);
  }

  @Test
  void shouldRecordNegativePublicationLagAsZeroWithoutLosingTheCount() {
    metrics.publicationToAlert(Duration.ofSeconds(42));
    metrics.publicationToAlert(Duration.ofSeconds(-3));

    final var timer = registry.get(DomainMetrics.PUBLICATION_TO_ALERT).timer();
    assertThat(timer.count()).isEqualTo(2);
    assertThat(timer.totalTime(TimeUnit.SECONDS)).isEqualTo(42.0);
    assertThat(timer.max(TimeUnit.SECONDS)).isEqualTo(42.0);
  }

  private double alerts(final String transition, final String severity) {
    return registry
        .get(DomainMetrics.ALERTS)
        .tag("type", "PACE_LAG")
        .tag("transition", transition)
        .tag("severity", severity)
        .counter()
        .count();
  }

  private double count(final String name, final String tag, final String value) {
    return registry.get(name).tag(tag, value).counter().count();
  }
}
