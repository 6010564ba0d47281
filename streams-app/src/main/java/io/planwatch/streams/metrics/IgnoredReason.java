package io.planwatch.streams.metrics;

/**
 * Why a well-formed input record changed nothing (docs/architecture.md, Revisions, duplicates, late
 * data).
 */
public enum IgnoredReason {
  /** An older revision arrived after a newer one for the same indicator, region, period. */
  STALE_REVISION,
  /** The same release and revision again: a no-op by design. */
  DUPLICATE,
  /** No plan target covers this indicator and region. */
  NO_MATCHING_TARGET,
  /** The period lies outside every plan period that has a target for it. */
  OUTSIDE_PLAN_PERIOD
}
