package io.planwatch.producers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliHelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"catalogue", "releases", "projects"})
  void shouldPrintUsageWithTheSharedOptionsForEveryCommand(String command) {
    CliRun run = CliRun.run(Map.of(), command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Usage: planwatch-producers " + command)
        .contains("--bootstrap-servers", "--schema-registry-url", "--topic-prefix", "--config")
        .contains("--verbose", "--metrics", "--prometheus-file")
        .contains("Exit codes", "2    broker or schema registry unreachable");
  }

  @ParameterizedTest
  @ValueSource(strings = {"releases", "projects"})
  void shouldOfferTheFileOptionsForFileCommands(String command) {
    assertThat(CliRun.run(Map.of(), command, "--help").out())
        .contains("--encoding", "--sheet", "--format", "--skip-invalid", "FILE...");
  }

  @Test
  void shouldOfferTheYearForReleases() {
    assertThat(CliRun.run(Map.of(), "releases", "--help").out()).contains("--year");
  }

  @Test
  void shouldListTheCommandsAtTheTop() {
    CliRun run = CliRun.run(Map.of(), "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("catalogue", "releases", "projects");
  }

  @Test
  void shouldPrintTheVersion() {
    CliRun run = CliRun.run(Map.of(), "--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("planwatch-producers ").contains("Apache Kafka clients");
  }

  @Test
  void shouldExitWithTheUsageCodeOnAnUnknownOption() {
    CliRun run = CliRun.run(Map.of(), "releases", "--no-such-option", "x.csv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--no-such-option");
  }

  @Test
  void shouldAskForAtLeastOneFile() {
    assertThat(CliRun.run(Map.of(), "releases").exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
