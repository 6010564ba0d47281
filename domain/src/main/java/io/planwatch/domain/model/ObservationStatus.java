package io.planwatch.domain.model;

/** SDMX OBS_STATUS of a published figure: P (provisional), A (final), R (revised). */
public enum ObservationStatus {
  PROVISIONAL,
  FINAL,
  REVISED
}
