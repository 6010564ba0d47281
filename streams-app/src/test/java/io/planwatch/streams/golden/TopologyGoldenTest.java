package io.planwatch.streams.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.producers.publish.Outgoing;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology's outputs on two fixed inputs against golden files recorded from it (issue 12): the
 * demo's two simulated years and a small synthetic nation of the benchmark. Each difference is
 * named (file, key, field, expected, actual). See {@code src/test/resources/golden/README.md} for
 * the files' form and how to record them again ({@code -Dplanwatch.golden.record=true}).
 */
class TopologyGoldenTest {
  /** Set to {@code true} to write the goldens instead of comparing with them. */
  static final String RECORD = "planwatch.golden.record";

  /** The wall clock of every run: a day after the simulated years, as when one runs the demo. */
  static final Instant WALL_CLOCK = Instant.parse("2026-01-05T02:00:00Z");

  /** How many differences a failure lists before it only counts them. */
  private static final int LISTED = 200;

  @TempDir Path stateDir;

  @Test
  void demoYearsGiveTheRecordedOutputs() throws IOException {
    final GoldenOutputs actual = check("demo", GoldenScenarios::demo);
    // What the demo prints (README, DemoIT): 15 alert transitions over the two years.
    assertThat(actual.alerts().lines()).hasSize(15);
  }

  @Test
  void smallNationGivesTheRecordedOutputs() throws IOException {
    check("nation", GoldenScenarios::nation);
  }

  private GoldenOutputs check(final String name, final Supplier<Stream<List<Outgoing>>> input)
      throws IOException {
    final GoldenOutputs actual;
    try (GoldenRun run = new GoldenRun(WALL_CLOCK, stateDir)) {
      input.get().forEach(run::publish);
      actual = run.outputs();
    }
    assertThat(actual.alerts().lines()).as("alerts of %s", name).isNotEmpty();
    assertThat(actual.progress().lines()).as("progress of %s", name).isNotEmpty();
    assertThat(actual.scorecards().lines()).as("scorecards of %s", name).isNotEmpty();
    if (Boolean.getBoolean(RECORD)) {
      final Path dir = Path.of("src", "test", "resources", "golden", name);
      actual.write(dir);
      System.out.printf("Recorded the %s goldens in %s%n", name, dir.toAbsolutePath());
      return actual;
    }
    final List<String> differences = GoldenOutputs.read("/golden/" + name).differences(actual);
    assertThat(differences)
        .as(
            "%d differences from the %s goldens%s",
            differences.size(),
            name,
            differences.size() > LISTED ? " (the first " + LISTED + " listed)" : "")
        .withFailMessage(
            () ->
                differences.size()
                    + " differences from the "
                    + name
                    + " goldens:\n"
                    + String.join(
                        "\n", differences.subList(0, Math.min(LISTED, differences.size()))))
        .isEmpty();
    return actual;
  }
}
