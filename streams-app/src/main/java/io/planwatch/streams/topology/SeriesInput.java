package io.planwatch.streams.topology;

import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.StatisticalObservation;

/**
 * What reaches the series evaluator: an observation or a target change, both keyed within the
 * series. A small sealed type, so the two streams merge without a serde (they are not repartitioned
 * after the merge).
 */
sealed interface SeriesInput {

  /** A valid observation, keyed {@code indicator|region|period|measure}. */
  record ObservationArrived(StatisticalObservation observation) implements SeriesInput {}

  /**
   * A target added, changed or removed, keyed {@code indicator|region|targetId}.
   *
   * @param targetId the target
   * @param target its new definition, or null when it left this series (deleted or moved)
   */
  record TargetChanged(String targetId, PlanTarget target) implements SeriesInput {}
}
