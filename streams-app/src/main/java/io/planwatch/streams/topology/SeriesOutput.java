package io.planwatch.streams.topology;

import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceAlert;

/** What the series evaluator emits, keyed {@code targetId|year}; split to two topics. */
sealed interface SeriesOutput {

  /**
   * A changed evaluation for {@code pace.progress}.
   *
   * @param progress the new evaluation, or null: a tombstone (the target was withdrawn)
   * @param previous the evaluation it replaces, or null; says where a tombstone belonged
   */
  record ProgressChanged(IndicatorProgress progress, IndicatorProgress previous)
      implements SeriesOutput {}

  /** An alert transition for {@code pace.alerts}. */
  record AlertRaised(PaceAlert alert) implements SeriesOutput {}
}
