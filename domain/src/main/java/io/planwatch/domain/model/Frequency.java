package io.planwatch.domain.model;

/** How often a figure is published. */
public enum Frequency {
  MONTHLY,
  QUARTERLY,
  ANNUAL
}
