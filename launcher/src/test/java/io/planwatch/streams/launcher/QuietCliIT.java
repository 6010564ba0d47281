package io.planwatch.streams.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.embedded.test.KafkaTestClients;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.registry.test.RegistryServerExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./planwatch} as a user runs it, in a child JVM with the launcher's real logging
 * configuration: the report and the command's own lines are all a user sees; the Kafka clients' and
 * the broker's log lines stay out of standard output and standard error unless {@code --verbose},
 * and the broker's go to its log file.
 */
@ExtendWith({KafkaBrokerExtension.class, RegistryServerExtension.class})
class QuietCliIT {
  /** A line logged by a Kafka client or the broker, in any of the patterns planwatch uses. */
  private static final Pattern KAFKA_LOG_LINE =
      Pattern.compile("o\\.a\\.k\\.|org\\.apache\\.kafka|clientId=|Not updating|kafka\\.server");

  private static final Duration DEADLINE = Duration.ofMinutes(4);

  /** Built by {@code package}, before the integration tests. */
  private static final Path LAUNCHER_JAR = Path.of("target", "planwatch.jar");

  @TempDir Path dir;

  @Test
  void shouldShowOnlyTheReportOfProduceUnlessVerbose(
      final EmbeddedKafkaBroker broker, final SchemaRegistryServer registry) throws Exception {
    final List<String> produce =
        List.of(
            "produce",
            "catalogue",
            "--bootstrap-servers",
            broker.bootstrapServers(),
            "--schema-registry-url",
            registry.url(),
            "--topic-prefix",
            KafkaTestClients.uniqueTopic("quiet") + ".");

    // The first run creates the topics; the second reads them back (the only-changes sync), where
    // the read_committed consumers warn "Not updating last stable offset".
    for (int run = 1; run <= 2; run++) {
      final Finished quiet = runToEnd(produce);
      assertThat(quiet.exitCode()).as("run %d: %s", run, quiet).isZero();
      assertThat(quiet.stdout()).as("run %d prints its report", run).contains("550");
      assertThat(kafkaLines(quiet)).as("run %d: Kafka log lines shown in %s", run, quiet).isEmpty();
    }

    final List<String> verbose = new ArrayList<>(produce);
    verbose.add("--verbose");
    final Finished loud = runToEnd(verbose);
    assertThat(loud.exitCode()).as("%s", loud).isZero();
    assertThat(kafkaLines(loud)).as("--verbose shows the Kafka clients' log").isNotEmpty();
  }

  @Test
  void shouldKeepTheBrokersLogInItsFile() throws Exception {
    final Path logs = dir.resolve("logs");
    final Path stdout = dir.resolve("broker.out");
    final Path stderr = dir.resolve("broker.err");
    final Process process =
        start(
            List.of(
                "broker",
                "--port",
                String.valueOf(freePort()),
                "--data-dir",
                dir.resolve("kafka").toString()),
            Map.of(LauncherLogging.LOG_DIR_VARIABLE, logs.toString()),
            stdout,
            stderr);
    try {
      Awaitility.await()
          .atMost(DEADLINE)
          .pollInterval(Duration.ofMillis(500))
          .until(() -> !process.isAlive() || read(stdout).contains("Ctrl-C"));
      assertThat(process.isAlive()).as("broker running: %s", read(stderr)).isTrue();
    } finally {
      process.destroy();
      process.waitFor(2, TimeUnit.MINUTES);
    }
    final Path logFile = logs.resolve("broker.log");
    assertThat(read(stderr)).contains("Log / 日志: " + logFile.toAbsolutePath());
    assertThat(lines(read(stdout) + read(stderr)).filter(l -> KAFKA_LOG_LINE.matcher(l).find()))
        .as("Kafka log lines on the console")
        .isEmpty();
    // A fresh broker warns as it activates its controller on an empty metadata log.
    assertThat(read(logFile)).contains("QuorumController");
  }

  private record Finished(int exitCode, String stdout, String stderr) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
    }
  }

  private static List<String> kafkaLines(final Finished finished) {
    return lines(finished.stdout() + "\n" + finished.stderr())
        .filter(l -> KAFKA_LOG_LINE.matcher(l).find())
        .toList();
  }

  private static java.util.stream.Stream<String> lines(final String text) {
    return text.lines();
  }

  private Finished runToEnd(final List<String> args) throws IOException, InterruptedException {
    final Path stdout = Files.createTempFile(dir, "out", ".txt");
    final Path stderr = Files.createTempFile(dir, "err", ".txt");
    final Process process =
        start(
            args,
            Map.of(LauncherLogging.LOG_DIR_VARIABLE, dir.resolve("logs").toString()),
            stdout,
            stderr);
    if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("planwatch " + args + " still running after " + DEADLINE);
    }
    return new Finished(process.exitValue(), read(stdout), read(stderr));
  }

  /**
   * {@code ./planwatch ARGS} as the script runs it: the packaged {@code target/planwatch.jar} with
   * its {@code lib/}, in its own JVM.
   */
  private static Process start(
      final List<String> args,
      final Map<String, String> environment,
      final Path stdout,
      final Path stderr)
      throws IOException {
    final List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx512m", "-Dfile.encoding=UTF-8", "-jar", LAUNCHER_JAR.toAbsolutePath().toString()));
    command.addAll(args);
    final ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    builder.environment().putAll(environment);
    return builder.start();
  }

  private static String read(final Path file) throws IOException {
    return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
