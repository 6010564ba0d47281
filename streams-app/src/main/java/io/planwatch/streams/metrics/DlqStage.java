package io.planwatch.streams.metrics;

/** Where a record failed before it was dead-lettered. */
public enum DlqStage {
  /** Its bytes could not be read into a record (poison pill, unknown schema). */
  DESERIALIZATION,
  /** It was read, but processing it failed or found it invalid. */
  PROCESSING,
  /** A result could not be serialized or produced. */
  PRODUCTION
}
