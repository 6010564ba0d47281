package io.planwatch.domain.model;

/**
 * A transition in an alert's lifecycle (docs/architecture.md, Alerts). One event per transition.
 */
public enum AlertTransition {
  /** The status fell to BEHIND or CRITICAL (or a milestone date passed with no report). */
  OPENED,
  /** From BEHIND to CRITICAL. */
  ESCALATED,
  /** From CRITICAL back to BEHIND. */
  DOWNGRADED,
  /** ON_TRACK or AHEAD again, past the hysteresis margin (or the overdue milestone reported). */
  RESOLVED,
  /** A revision removed the breach that opened it. */
  RETRACTED
}
