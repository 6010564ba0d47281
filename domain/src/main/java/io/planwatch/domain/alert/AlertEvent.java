package io.planwatch.domain.alert;

import io.planwatch.domain.model.AlertSeverity;
import io.planwatch.domain.model.AlertTransition;
import io.planwatch.domain.model.AlertType;
import io.planwatch.domain.pace.Evaluation;
import java.util.Objects;

/**
 * One transition of a target's alert for a year.
 *
 * @param transition what happened
 * @param state the alert's state after it
 * @param type always PACE_LAG here
 * @param severity the severity now
 * @param evaluation the evaluation that caused it
 * @param text the bilingual text
 */
public record AlertEvent(
    AlertTransition transition,
    AlertState state,
    AlertType type,
    AlertSeverity severity,
    Evaluation evaluation,
    AlertText text) {
  public AlertEvent {
    Objects.requireNonNull(transition, "transition");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(text, "text");
  }

  /** The Kafka key of {@code pace.alerts}: target id|year. */
  public String key() {
    return state.key();
  }
}
