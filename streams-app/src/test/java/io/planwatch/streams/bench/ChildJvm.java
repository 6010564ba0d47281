package io.planwatch.streams.bench;

import io.planwatch.streams.config.ConfigKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM the benchmark starts (the app from its jar, the baseline from the test classes), so that
 * its heap and CPU time are its own: output to a log file (each line also handed to a listener),
 * configured through {@code PLANWATCH_*} variables only, CPU time read from the operating system
 * for the whole process and from {@code jcmd Thread.print} per thread.
 */
final class ChildJvm implements AutoCloseable {
  /** {@code "name" #12 … cpu=123.45ms …}: a thread's CPU time in a {@code Thread.print} dump. */
  private static final Pattern THREAD_CPU =
      Pattern.compile("^\"([^\"]*)\".*\\scpu=([0-9.]+)ms\\b.*$");

  private final String name;
  private final Process process;
  private final Thread reader;

  private ChildJvm(final String name, final Process process, final Thread reader) {
    this.name = name;
    this.process = process;
    this.reader = reader;
  }

  /**
   * Starts {@code java <jvmOptions> -cp <classPath> <mainClass>}.
   *
   * @param environment the {@code PLANWATCH_*} settings; inherited ones are dropped
   * @param log where the output goes
   * @param lines sees every line of output (from the reading thread)
   */
  static ChildJvm start(
      final String name,
      final List<String> jvmOptions,
      final String classPath,
      final String mainClass,
      final Map<String, String> environment,
      final Path log,
      final Consumer<String> lines)
      throws IOException {
    final List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classPath, mainClass));
    final ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(key -> key.startsWith(ConfigKey.ENV_PREFIX));
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    final Process process = builder.start();
    final PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
    final Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  out.println(line);
                  lines.accept(line);
                }
              } catch (final IOException e) {
                out.println("(output ended: " + e.getMessage() + ")");
              } finally {
                out.close();
              }
            },
            name + "-output");
    reader.setDaemon(true);
    reader.start();
    return new ChildJvm(name, process, reader);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** CPU time of the whole process so far (user + system), from the operating system. */
  Duration processCpu() {
    return process
        .info()
        .totalCpuDuration()
        .orElseThrow(() -> new IllegalStateException("no CPU time for " + name + " on this OS"));
  }

  /** Summed CPU time so far of the threads whose name contains {@code part}, from jcmd. */
  Duration threadCpu(final String part) {
    double millis = 0;
    for (final String line : jcmd("Thread.print").split("\n")) {
      final Matcher m = THREAD_CPU.matcher(line);
      if (m.matches() && m.group(1).contains(part)) {
        millis += Double.parseDouble(m.group(2));
      }
    }
    return Duration.ofNanos(Math.round(millis * 1e6));
  }

  /** Asks the JVM for a full collection ({@code jcmd GC.run}). */
  void gc() {
    jcmd("GC.run");
  }

  private String jcmd(final String command) {
    final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      final Process p =
          new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
              .redirectErrorStream(true)
              .start();
      final String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("jcmd " + command + " on " + name + " failed: " + output);
      }
      return output;
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** SIGTERM (the shutdown hook closes Kafka Streams cleanly), SIGKILL after a minute. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
    reader.join(5_000);
  }
}
