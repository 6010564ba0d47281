package io.planwatch.domain.model;

/** A major project's reported status. */
public enum ProjectStatus {
  /** Listed in the plan, nothing reported yet. */
  PLANNED,
  /** 前期: preparatory work. */
  PREPARATION,
  /** 立项: approved. */
  APPROVED,
  /** 签约: signed. */
  SIGNED,
  /** 开工: construction started. */
  STARTED,
  /** 竣工: construction completed. */
  COMPLETED,
  /** 投产: in operation. */
  IN_OPERATION,
  SUSPENDED,
  CANCELLED
}
