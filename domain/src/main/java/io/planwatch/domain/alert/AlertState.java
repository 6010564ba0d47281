package io.planwatch.domain.alert;

import io.planwatch.domain.model.AlertSeverity;
import io.planwatch.domain.model.PaceStatus;
import io.planwatch.domain.model.Period;
import java.util.Objects;

/**
 * The state of the one alert of a target and year, as left by its last event.
 *
 * @param targetId the target
 * @param year the year
 * @param phase open or closed (resolved, retracted)
 * @param status the status at the last event (BEHIND or CRITICAL while open)
 * @param severity the severity at the last event
 * @param openedPeriod the period whose evaluation opened the alert (a revision of it can retract)
 * @param lastPeriod the period of the last event; older evaluations are ignored
 */
public record AlertState(
    String targetId,
    int year,
    AlertPhase phase,
    PaceStatus status,
    AlertSeverity severity,
    Period openedPeriod,
    Period lastPeriod) {
  public AlertState {
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(openedPeriod, "openedPeriod");
    Objects.requireNonNull(lastPeriod, "lastPeriod");
  }

  public boolean isOpen() {
    return phase == AlertPhase.OPEN;
  }

  /** The Kafka key of {@code pace.alerts}: target id|year. */
  public String key() {
    return targetId + "|" + year;
  }
}
