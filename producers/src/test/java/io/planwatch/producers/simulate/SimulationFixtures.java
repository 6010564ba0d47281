package io.planwatch.producers.simulate;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.Period;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The shipped catalogue and the default simulation, made once for all tests. */
final class SimulationFixtures {
  static final Catalogue CATALOGUE = Catalogue.loadDefault();
  static final long SEED = 42;
  static final Simulator DEFAULT = new Simulator(CATALOGUE, SimulationConfig.defaults(SEED));
  static final List<SimulationBatch> BATCHES = DEFAULT.batches();

  /** A clock long after every simulated period (the readers refuse future periods). */
  static final Clock LATER = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

  private SimulationFixtures() {}

  static List<Observation> all() {
    return BATCHES.stream().flatMap(b -> b.observations().stream()).toList();
  }

  /** Every published version of one figure, in publication order. */
  static List<Observation> versions(String indicator, String region, Period period, Measure m) {
    return all().stream()
        .filter(o -> o.indicatorCode().equals(indicator) && o.regionCode().equals(region))
        .filter(o -> o.period().equals(period) && o.measure() == m)
        .toList();
  }

  /** The latest revision of one figure. */
  static Optional<Observation> latest(String indicator, String region, Period period, Measure m) {
    return versions(indicator, region, period, m).stream()
        .max(Comparator.comparingInt(Observation::revision));
  }
}
