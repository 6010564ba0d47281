package io.planwatch.domain.model;

/** How a target's figure is to be met, from the plan's own words. */
public enum Comparator {
  /** ≥: 以上, 不低于, 突破, 超过. */
  AT_LEAST,
  /** ≤: 以内, 不高于, 控制在. */
  AT_MOST,
  /** ≈: 左右; ON_TRACK inside its band, AHEAD above it. */
  ABOUT,
  /** Hold: 稳定在. */
  HOLD,
  /** A plain figure with no qualifier (达到 …); met in the indicator's better direction. */
  REACH
}
