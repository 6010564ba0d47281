package io.planwatch.domain.model;

/** Milestones of a major project, in their usual order. */
public enum MilestoneType {
  /** 前期. */
  PREPARATION,
  /** 立项. */
  APPROVAL,
  /** 签约. */
  SIGNING,
  /** 开工. */
  START,
  /** 竣工. */
  COMPLETION,
  /** 投产. */
  OPERATION
}
