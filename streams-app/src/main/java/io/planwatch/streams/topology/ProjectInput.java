package io.planwatch.streams.topology;

import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.ProjectUpdate;

/**
 * What reaches the project tracker of a region: a project update or a change of the plan's count.
 */
sealed interface ProjectInput {

  /** A valid project update, keyed by its region. */
  record UpdateArrived(ProjectUpdate update) implements ProjectInput {}

  /**
   * A project-count target added, changed or withdrawn, keyed {@code region|targetId}.
   *
   * @param target the target, or null when it was withdrawn or moved
   */
  record PlanChanged(PlanTarget target) implements ProjectInput {}
}
