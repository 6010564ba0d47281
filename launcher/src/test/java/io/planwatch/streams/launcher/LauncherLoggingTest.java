package io.planwatch.streams.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherLoggingTest {

  @Test
  void shouldNameTheCommandTheArgumentsRun() {
    assertThat(LauncherLogging.command(new String[] {"demo", "--fast"})).isEqualTo("demo");
    assertThat(LauncherLogging.command(new String[] {"--help"})).isEqualTo("planwatch");
    assertThat(LauncherLogging.command(new String[] {})).isEqualTo("planwatch");
  }

  @Test
  void shouldWriteEachCommandsLogUnderLogsOrTheChosenFolder() {
    assertThat(LauncherLogging.logFile("demo", Map.of())).isEqualTo(Path.of("logs", "demo.log"));
    assertThat(LauncherLogging.logFile("broker", Map.of("PLANWATCH_LOG_DIR", "/var/log/pw")))
        .isEqualTo(Path.of("/var/log/pw", "broker.log"));
  }
}
