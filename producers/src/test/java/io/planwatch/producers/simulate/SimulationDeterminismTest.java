package io.planwatch.producers.simulate;

import static io.planwatch.producers.simulate.SimulationFixtures.BATCHES;
import static io.planwatch.producers.simulate.SimulationFixtures.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationDeterminismTest {
  @TempDir Path dir;

  @Test
  void shouldMakeTheSameRecordsAndTheSameBytesFromTheSameSeed() throws IOException {
    List<SimulationBatch> again =
        new Simulator(CATALOGUE, SimulationConfig.defaults(SimulationFixtures.SEED)).batches();

    assertThat(again).isEqualTo(BATCHES);
    List<byte[]> first = bytes(new SimulationWriter(CATALOGUE).write(BATCHES, dir.resolve("a")));
    List<byte[]> second = bytes(new SimulationWriter(CATALOGUE).write(again, dir.resolve("b")));
    assertThat(second).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i)).as("file %d", i).isEqualTo(first.get(i));
    }
  }

  @Test
  void shouldMakeDifferentFiguresFromAnotherSeed() throws IOException {
    List<SimulationBatch> other = new Simulator(CATALOGUE, SimulationConfig.defaults(7)).batches();

    assertThat(other).hasSameSizeAs(BATCHES);
    assertThat(other.get(5).observations()).isNotEqualTo(BATCHES.get(5).observations());
    assertThat(other.get(5).observations().get(0).source()).isEqualTo("simulated:seed=7");
    Path a = new SimulationWriter(CATALOGUE).write(BATCHES, dir.resolve("a")).get(5);
    Path b = new SimulationWriter(CATALOGUE).write(other, dir.resolve("b")).get(5);
    assertThat(Files.readAllBytes(b)).isNotEqualTo(Files.readAllBytes(a));
  }

  @Test
  void shouldMakeTheBatchesLazilyInTheSameOrderAsTheList() {
    Simulator simulator =
        new Simulator(CATALOGUE, SimulationConfig.defaults(SimulationFixtures.SEED));

    assertThat(simulator.stream().limit(3).toList()).isEqualTo(BATCHES.subList(0, 3));
  }

  private static List<byte[]> bytes(List<Path> files) throws IOException {
    List<byte[]> contents = new ArrayList<>();
    for (Path file : files) {
      contents.add(Files.readAllBytes(file));
    }
    return contents;
  }
}
