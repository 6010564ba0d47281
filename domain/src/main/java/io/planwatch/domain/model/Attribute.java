package io.planwatch.domain.model;

/** The plan's attribute for a target, only where the plan states it. */
public enum Attribute {
  /** 约束性: no slack, any shortfall is at least BEHIND. */
  BINDING,
  /** 预期性. */
  EXPECTED,
  /** The plan does not say. */
  NOT_STATED
}
