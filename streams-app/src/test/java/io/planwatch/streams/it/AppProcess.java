package io.planwatch.streams.it;

import io.planwatch.streams.config.ConfigKey;
import io.planwatch.streams.runtime.StreamsMain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The streams app as {@code main} runs it, in a JVM of its own, so that a test can kill it the hard
 * way (SIGKILL): no shutdown hook, no close, no commit, a transaction left open on the broker.
 * Configured only through the {@code PLANWATCH_*} environment, as in production.
 */
final class AppProcess implements AutoCloseable {
  private final Process process;
  private final Path log;

  private AppProcess(final Process process, final Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@link StreamsMain} on this JVM's class path.
   *
   * @param environment the {@code PLANWATCH_*} settings; inherited ones are dropped
   * @param log where the process writes its output
   */
  static AppProcess start(final Map<String, String> environment, final Path log)
      throws IOException {
    final ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Duser.timezone=Asia/Shanghai",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                StreamsMain.class.getName()));
    builder.environment().keySet().removeIf(name -> name.startsWith(ConfigKey.ENV_PREFIX));
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return new AppProcess(builder.start(), log);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, and waits until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the app process did not die within 30 s");
    }
  }

  /** The last lines of the process's output, for a failure message. */
  String logTail() {
    try {
      final List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (final IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
