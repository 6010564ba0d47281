package io.planwatch.domain.model;

/** What an alert is about. */
public enum AlertType {
  /** A target's figure fell behind the planned pace. */
  PACE_LAG,
  /** A project's planned milestone date passed with no report. */
  MILESTONE_OVERDUE
}
