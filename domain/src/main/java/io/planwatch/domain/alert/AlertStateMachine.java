package io.planwatch.domain.alert;

import io.planwatch.domain.model.AlertSeverity;
import io.planwatch.domain.model.AlertTransition;
import io.planwatch.domain.model.AlertType;
import io.planwatch.domain.model.PaceStatus;
import io.planwatch.domain.pace.Evaluation;
import java.util.Objects;
import java.util.Optional;

/**
 * The lifecycle of the one alert per target and year (docs/architecture.md, Alerts), as a pure
 * function.
 *
 * <ul>
 *   <li>no alert or a closed one, and the status falls to BEHIND or CRITICAL: OPENED (a resolved or
 *       retracted alert of the year can open again);
 *   <li>open, BEHIND → CRITICAL: ESCALATED; CRITICAL → BEHIND: DOWNGRADED;
 *   <li>open, and a revision of the period that opened it ({@code isRevision} and the same period)
 *       is no longer a breach: RETRACTED, the alert should never have been raised;
 *   <li>open, and ON_TRACK or AHEAD beyond the {@link Hysteresis} margin: RESOLVED;
 *   <li>anything else emits nothing: the same status again, a replay, an ON_TRACK figure still
 *       inside the hysteresis margin, a NOT_EVALUABLE evaluation, or an evaluation of a period
 *       older than the alert's last event (the caller evaluates the latest period known).
 * </ul>
 *
 * Severity changes without a status change emit nothing; the next event carries the new severity.
 */
public final class AlertStateMachine {
  private AlertStateMachine() {}

  /**
   * The event the evaluation causes, if any.
   *
   * @param previous the alert's state after its last event, or null if it never had one
   * @param eval the new evaluation of the same target and year
   * @param isRevision whether the evaluation follows a revised figure
   * @throws IllegalArgumentException if {@code previous} belongs to another target or year
   */
  public static Optional<AlertEvent> next(
      AlertState previous, Evaluation eval, boolean isRevision) {
    Objects.requireNonNull(eval, "eval");
    if (previous != null
        && (!previous.targetId().equals(eval.targetId()) || previous.year() != eval.year())) {
      throw new IllegalArgumentException(
          "alert state " + previous.key() + " does not belong to evaluation " + eval.key());
    }
    if (eval.status() == PaceStatus.NOT_EVALUABLE) {
      return Optional.empty();
    }
    if (previous != null && eval.period().compareTo(previous.lastPeriod()) < 0) {
      return Optional.empty();
    }
    AlertSeverity severity = SeverityRule.of(eval);
    if (previous == null || !previous.isOpen()) {
      return eval.isBreach()
          ? Optional.of(event(AlertTransition.OPENED, eval, severity, AlertPhase.OPEN, eval, null))
          : Optional.empty();
    }
    if (eval.isBreach()) {
      if (eval.status() == previous.status()) {
        return Optional.empty();
      }
      AlertTransition transition =
          eval.status() == PaceStatus.CRITICAL
              ? AlertTransition.ESCALATED
              : AlertTransition.DOWNGRADED;
      return Optional.of(event(transition, eval, severity, AlertPhase.OPEN, null, previous));
    }
    if (isRevision && eval.period().equals(previous.openedPeriod())) {
      return Optional.of(
          event(AlertTransition.RETRACTED, eval, severity, AlertPhase.RETRACTED, null, previous));
    }
    if (Hysteresis.isCleared(eval)) {
      return Optional.of(
          event(AlertTransition.RESOLVED, eval, severity, AlertPhase.RESOLVED, null, previous));
    }
    return Optional.empty();
  }

  private static AlertEvent event(
      AlertTransition transition,
      Evaluation eval,
      AlertSeverity severity,
      AlertPhase phase,
      Evaluation opening,
      AlertState previous) {
    AlertState state =
        new AlertState(
            eval.targetId(),
            eval.year(),
            phase,
            eval.status(),
            severity,
            opening != null ? opening.period() : previous.openedPeriod(),
            eval.period());
    return new AlertEvent(
        transition,
        state,
        AlertType.PACE_LAG,
        severity,
        eval,
        AlertTextFormatter.format(transition, eval, state));
  }
}
