package io.planwatch.streams.topology;

import io.planwatch.avro.AlertSeverity;
import io.planwatch.avro.AlertTransition;
import io.planwatch.avro.AlertType;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.PaceStatus;
import io.planwatch.avro.SourceRef;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.alert.AlertEvent;
import io.planwatch.domain.alert.AlertPhase;
import io.planwatch.domain.alert.AlertState;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.pace.Evaluation;
import java.time.Instant;

/**
 * Writes alert events as the {@code pace.alerts} contract, and reads the alert's state back from
 * its last event. The alert id is {@code targetId|year|openedPeriod}: one id per lifecycle, a
 * reopened alert gets a new one, and the period a revision may retract is kept with it.
 */
final class AlertRecords {
  private AlertRecords() {}

  static PaceAlert of(
      final AlertEvent event,
      final AlertState previous,
      final StatisticalObservation figure,
      final Instant raisedAt) {
    final Evaluation e = event.evaluation();
    final AlertState state = event.state();
    return PaceAlert.newBuilder()
        .setAlertId(state.key() + "|" + state.openedPeriod().key())
        .setTargetId(state.targetId())
        .setYear(state.year())
        .setType(AlertType.valueOf(event.type().name()))
        .setTransition(AlertTransition.valueOf(event.transition().name()))
        .setSeverity(AlertSeverity.valueOf(event.severity().name()))
        .setStatusBefore(previous == null ? null : PaceStatus.valueOf(previous.status().name()))
        .setStatusAfter(PaceStatus.valueOf(e.status().name()))
        .setActual(e.actual())
        .setExpected(e.expected())
        .setGap(e.expected() == null ? null : e.actual() - e.expected())
        .setUnit(ProgressRecords.unit(e))
        .setPeriod(ProgressRecords.period(e.period()))
        .setTextZh(event.text().zh())
        .setTextEn(event.text().en())
        .setRegionCode(e.target().regionCode())
        .setRegionNameZh(e.region() == null ? e.target().regionCode() : e.region().nameZh())
        .setRegionNameEn(e.region() == null ? e.target().regionCode() : e.region().nameEn())
        .setIndicatorCode(e.indicator().code())
        .setIndicatorNameZh(e.indicator().nameZh())
        .setIndicatorNameEn(e.indicator().nameEn())
        .setSource(new SourceRef(e.target().source().document(), e.target().source().line()))
        .setReleaseId(figure.getReleaseId())
        .setObservationPublishedAt(figure.getPublishedAt())
        .setRaisedAt(raisedAt)
        .build();
  }

  /** The state the alert was left in by its last event, or null if there is none. */
  static AlertState state(final PaceAlert last) {
    if (last == null) {
      return null;
    }
    final String id = last.getAlertId();
    final String opened = id.substring(id.lastIndexOf('|') + 1);
    return new AlertState(
        last.getTargetId(),
        last.getYear(),
        phase(last.getTransition()),
        io.planwatch.domain.model.PaceStatus.valueOf(last.getStatusAfter().name()),
        io.planwatch.domain.model.AlertSeverity.valueOf(last.getSeverity().name()),
        new Period(
            Integer.parseInt(opened.substring(0, 4)), Integer.parseInt(opened.substring(5, 7))),
        DomainViews.period(last.getPeriod()));
  }

  private static AlertPhase phase(final AlertTransition transition) {
    return switch (transition) {
      case OPENED, ESCALATED, DOWNGRADED -> AlertPhase.OPEN;
      case RESOLVED -> AlertPhase.RESOLVED;
      case RETRACTED -> AlertPhase.RETRACTED;
    };
  }
}
