package io.planwatch.domain.model;

/** Where a figure stands against the planned pace (docs/architecture.md, Pace §4). */
public enum PaceStatus {
  AHEAD,
  ON_TRACK,
  BEHIND,
  CRITICAL,
  /** The figure cannot be judged (no data, meaningless base…); the evaluation says why. */
  NOT_EVALUABLE
}
