package io.planwatch.domain.model;

/** Whether more of an indicator is better (GDP) or worse (unemployment, energy intensity). */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER
}
