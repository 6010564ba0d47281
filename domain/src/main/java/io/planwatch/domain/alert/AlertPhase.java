package io.planwatch.domain.alert;

/** Where an alert stands in its lifecycle. */
public enum AlertPhase {
  /** Opened (possibly escalated or downgraded since) and not closed. */
  OPEN,
  /** Closed because the figure is back on pace beyond the hysteresis margin. */
  RESOLVED,
  /** Closed because a revision of the opening period removed the breach. */
  RETRACTED
}
