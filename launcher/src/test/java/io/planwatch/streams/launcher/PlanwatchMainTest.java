package io.planwatch.streams.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PlanwatchMainTest {

  private final StringWriter out = new StringWriter();

  private CommandLine line() {
    final CommandLine line = PlanwatchMain.commandLine(Map.of(), hook -> {});
    line.setOut(new PrintWriter(out, true));
    return line;
  }

  @Test
  void shouldListEveryEntryPointInItsHelp() {
    assertThat(line().execute("--help")).isZero();

    assertThat(out.toString()).contains("demo", "broker", "registry", "app", "produce");
  }

  @Test
  void shouldDescribeTheDemoOptionsInBothLanguages() {
    assertThat(line().execute("demo", "--help")).isZero();

    assertThat(out.toString())
        .contains("--fast", "--speed", "--data-dir", "--years", "--seed")
        .contains("全速回放");
  }

  @Test
  void shouldHandEverythingAfterProduceToTheProducersCommandLine() {
    final CommandLine line = line();

    final CommandLine.ParseResult parsed = line.parseArgs("produce", "releases", "--help");

    assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("produce");
    assertThat(parsed.subcommand().matchedPositionals().get(0).<Object>getValue())
        .asList()
        .containsExactly("releases", "--help");
  }

  @Test
  void shouldRefuseAnUnknownCommandWithAUsageError() {
    final CommandLine line = line();
    line.setErr(new PrintWriter(new StringWriter(), true));

    assertThat(line.execute("nonsense")).isEqualTo(CommandLine.ExitCode.USAGE);
  }
}
