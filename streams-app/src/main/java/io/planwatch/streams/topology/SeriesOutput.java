package io.planwatch.streams.topology;

import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceAlert;

/** What the series evaluator emits, keyed {@code targetId|year}; split to two topics. */
sealed interface SeriesOutput {

  /** A changed evaluation for {@code pace.progress}; null progress is a tombstone. */
  record ProgressChanged(IndicatorProgress progress) implements SeriesOutput {}

  /** An alert transition for {@code pace.alerts}. */
  record AlertRaised(PaceAlert alert) implements SeriesOutput {}
}
