package io.planwatch.streams.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.streams.config.AppConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StreamsAppCommandTest {

  @TempDir Path dir;

  private final List<AppConfig> built = new ArrayList<>();
  private final List<Runnable> hooks = new ArrayList<>();

  @Test
  void shouldPrintEveryConfigurationProblemAndExitWithTheConfigCode() {
    final StringWriter err = new StringWriter();
    final CommandLine cli = commandLine(Map.of("PLANWATCH_HTTP_PORT", "eighty"));
    cli.setErr(new PrintWriter(err));

    final int exit = cli.execute("--bootstrap-servers", "broker-without-port");

    assertThat(exit).isEqualTo(StreamsAppCommand.EXIT_CONFIG);
    assertThat(err.toString())
        .contains("2 problems")
        .contains("http.port = 'eighty' (environment variable PLANWATCH_HTTP_PORT)")
        .contains("bootstrap.servers = 'broker-without-port' (command line)");
    assertThat(built).isEmpty();
    assertThat(hooks).isEmpty();
  }

  @Test
  void shouldLetOptionsOverrideEnvironmentAndFile() throws IOException {
    final Path file =
        Files.writeString(dir.resolve("app.yaml"), "http.port: 9000\nnum.stream.threads: 3\n");
    final StreamsAppCommand command =
        new StreamsAppCommand(
            this::build,
            Map.of("PLANWATCH_HTTP_PORT", "9100", "PLANWATCH_CONFIG", file.toString()),
            hooks::add);

    new CommandLine(command).parseArgs("--http-port", "0", "--application-server", "pace-1:8080");
    final AppConfig config = command.loadConfig();

    assertThat(config.http().port()).isZero();
    assertThat(config.processing().numStreamThreads()).isEqualTo(3);
    assertThat(config.processing().applicationServer())
        .map(Object::toString)
        .contains("pace-1:8080");
  }

  @Test
  void shouldDescribeItsOptionsInChineseAndEnglish() {
    final StringWriter out = new StringWriter();
    final CommandLine cli = commandLine(Map.of());
    cli.setOut(new PrintWriter(out));

    assertThat(cli.execute("--help")).isZero();
    assertThat(out.toString()).contains("--config=FILE").contains("Settings file").contains("配置文件");
  }

  private CommandLine commandLine(final Map<String, String> env) {
    return new CommandLine(new StreamsAppCommand(this::build, env, hooks::add));
  }

  private StreamsApp build(final AppConfig config) {
    built.add(config);
    throw new IllegalStateException("no app is built in this test");
  }
}
