package io.planwatch.producers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  @TempDir Path dir;

  @Test
  void shouldWriteOneReleaseAndOneProjectFilePerSimulatedMonth() throws IOException {
    CliRun run = CliRun.simulate2021(dir);

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .hasSize(22)
          .contains("2021-02-releases.csv", "2021-02-projects.csv", "2021-12-releases.csv")
          .doesNotContain("2021-01-releases.csv", "2020-history-releases.csv");
    }
    assertThat(run.out())
        .contains("simulated:seed=42")
        .contains("2021-02: ")
        .contains("-> 2021-02-releases.csv, 2021-02-projects.csv / 已写入");
  }

  @Test
  void shouldWriteTheSameBytesForTheSameSeedAndOthersForAnother() throws IOException {
    CliRun.run(Map.of(), "simulate", "--years", "2021", "--out", dir.resolve("a").toString());
    CliRun.run(Map.of(), "simulate", "--years", "2021", "--out", dir.resolve("b").toString());
    CliRun.run(
        Map.of(),
        "simulate",
        "--years",
        "2021",
        "--seed",
        "7",
        "--out",
        dir.resolve("c").toString());

    String file = "2021-06-releases.csv";
    byte[] a = Files.readAllBytes(dir.resolve("a").resolve(file));
    assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).isEqualTo(a);
    assertThat(Files.readAllBytes(dir.resolve("c").resolve(file))).isNotEqualTo(a);
  }

  @Test
  void shouldNameTheWrongPartOfAShockAndExitWithTheUsageCode() {
    CliRun run =
        CliRun.run(
            Map.of(),
            "simulate",
            "--shock",
            "gdp:210100:2022-13:2022-05:0.1",
            "--out",
            dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("from '2022-13' is not a month like 2022-03");
  }

  @Test
  void shouldRefuseWritingAndPublishingAtOnceOrNeither() {
    assertThat(CliRun.run(Map.of(), "simulate").exitCode()).isEqualTo(ExitCodes.USAGE);
    CliRun both = CliRun.run(Map.of(), "simulate", "--out", dir.toString(), "--publish");
    assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(both.err()).contains("mutually exclusive");
  }

  @Test
  void shouldRefuseYearsThatAreNoRange() {
    CliRun run = CliRun.run(Map.of(), "simulate", "--years", "2021-x", "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("expected YYYY or YYYY-YYYY");
  }

  @Test
  void shouldBeListedAmongTheCommands() {
    assertThat(CliRun.run(Map.of(), "--help").out()).contains("simulate");
    assertThat(CliRun.run(Map.of(), "simulate", "--help").out())
        .contains("--years", "--seed", "--shock", "--false-alarm", "--speed", "--out", "--publish");
  }
}
