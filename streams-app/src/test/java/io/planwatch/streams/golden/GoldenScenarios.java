package io.planwatch.streams.golden;

import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.producers.publish.Outgoing;
import io.planwatch.producers.publish.Records;
import io.planwatch.producers.simulate.SimulationBatch;
import io.planwatch.producers.simulate.SimulationConfig;
import io.planwatch.producers.simulate.Simulator;
import io.planwatch.streams.bench.SyntheticNation;
import io.planwatch.streams.topology.DemoRecords;
import io.planwatch.topics.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The fixed inputs of the goldens, each a sequence of batches published in order. */
final class GoldenScenarios {
  /** The demo's seed and years ({@code ./planwatch demo}: {@code --seed 42 --years 2021-2022}). */
  static final long DEMO_SEED = 42L;

  static final int DEMO_FIRST_YEAR = 2021;
  static final int DEMO_LAST_YEAR = 2022;

  /**
   * The benchmark's nation, small: one city of 28 counties, one indicator of each measure, 24
   * months.
   */
  static final int NATION_COUNTIES = 28;

  static final int NATION_INDICATORS = 4;
  static final int NATION_MONTHS = 24;

  private static final Topics TOPICS = Topics.defaults();

  private GoldenScenarios() {}

  /**
   * What {@code ./planwatch demo} publishes: the shipped catalogue (regions, indicators, targets),
   * then the simulated months of 2021–2022 (a 2020 history batch first), each month's observations
   * and project reports in one batch, as {@code SimulationRun} sends them.
   */
  static Stream<List<Outgoing>> demo() {
    final Catalogue catalogue = Catalogue.loadDefault();
    final Simulator simulator =
        new Simulator(
            catalogue,
            SimulationConfig.defaults(DEMO_SEED).withYears(DEMO_FIRST_YEAR, DEMO_LAST_YEAR));
    return Stream.concat(
        Stream.of(Records.catalogue(TOPICS, catalogue)),
        simulator.stream().map(GoldenScenarios::month));
  }

  private static List<Outgoing> month(final SimulationBatch month) {
    final List<Outgoing> records = new ArrayList<>(month.size());
    records.addAll(Records.observations(TOPICS, month.observations()));
    records.addAll(Records.projectUpdates(TOPICS, month.projectUpdates()));
    return records;
  }

  /**
   * What {@code bench/streams.sh} publishes, at a small size: the synthetic catalogue, then each
   * month's figures in the benchmark's order.
   */
  static Stream<List<Outgoing>> nation() {
    final SyntheticNation nation = new SyntheticNation(NATION_COUNTIES, NATION_INDICATORS);
    final List<Outgoing> catalogue = new ArrayList<>();
    nation.regions().forEach(r -> catalogue.add(Outgoing.of(TOPICS.regions(), r.getCode(), r)));
    nation
        .indicatorDefinitions()
        .forEach(i -> catalogue.add(Outgoing.of(TOPICS.indicators(), i.getCode(), i)));
    nation.targets().forEach(t -> catalogue.add(Outgoing.of(TOPICS.planTargets(), t.getId(), t)));
    return Stream.concat(
        Stream.of(catalogue),
        IntStream.range(0, NATION_MONTHS)
            .mapToObj(m -> nation.month(m).stream().map(GoldenScenarios::observation).toList()));
  }

  private static Outgoing observation(final StatisticalObservation o) {
    return Outgoing.of(TOPICS.observations(), DemoRecords.key(o), o);
  }
}
