package io.planwatch.producers.testing;

import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.ObservationStatus;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.PriceBasis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Valid observations for publishing tests, each of its own series. */
public final class TestObservations {
  private TestObservations() {}

  /** {@code count} June 2022 GDP levels of regions 210100, 210101, …, each with its own key. */
  public static List<Observation> gdp(int count) {
    List<Observation> observations = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      observations.add(
          new Observation(
              "gdp",
              String.valueOf(210100 + i),
              new Period(2022, 6),
              Measure.YTD_LEVEL,
              100.0 + i,
              "亿元",
              PriceBasis.CURRENT,
              Frequency.QUARTERLY,
              ObservationStatus.PROVISIONAL,
              "r-2022-06",
              0,
              Instant.parse("2022-07-15T02:00:00Z"),
              "test"));
    }
    return observations;
  }
}
