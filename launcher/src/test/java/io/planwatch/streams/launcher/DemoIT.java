package io.planwatch.streams.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.planwatch.domain.catalogue.Catalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path {@code ./planwatch demo} takes, end to end on a real broker and registry: catalogue and
 * two simulated years in, alerts out, the API and the registry answering, a downstream consumer in
 * Node.js decoding every record, and a restart on the same data folder resuming without publishing
 * or alerting twice.
 */
class DemoIT {

  private static final Duration QUIET = Duration.ofSeconds(15);
  private static final Duration MAX_WAIT = Duration.ofMinutes(6);

  @TempDir Path dataDir;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldRaiseAlertsServeThemAndResumeWithoutDuplicatesAfterRestart() throws Exception {
    final DemoSettings settings =
        new DemoSettings(
            dataDir, freePort(), freePort(), freePort(), Duration.ZERO, 2021, 2022, 42L);
    final Catalogue catalogue = Catalogue.loadDefault();
    final StringWriter firstOutput = new StringWriter();
    final List<String> firstAlerts;
    try (DemoStack stack = new DemoStack(settings, new PrintWriter(firstOutput, true)).start()) {
      stack.publishCatalogue(catalogue);
      new SimulationRun(settings, stack, catalogue, new PrintWriter(firstOutput, true)).run();
      // The first simulated month already breaches (Heping retail sales); on a loaded machine the
      // app may need minutes to work through two years, so wait for alerts, then for quiet.
      assertThat(stack.console().awaitAlerts(1, MAX_WAIT)).as("an alert was printed").isTrue();
      assertThat(stack.console().awaitQuiet(QUIET, MAX_WAIT)).isTrue();
      firstAlerts = stack.console().printedAlerts();

      assertThat(firstOutput.toString()).contains("【OPENED").contains("个百分点");
      assertThat(get(settings.registryUrl() + "/subjects"))
          .contains("planwatch.stats.observations-value")
          .contains("planwatch.pace.alerts-value");
      assertThat(get("http://localhost:" + settings.httpPort() + "/health/ready")).isNotBlank();
      assertThat(
              get("http://localhost:" + settings.httpPort() + "/api/v1/alerts?state=all&year=2022"))
          .contains("\"items\"");

      runNodeConsumer(settings);
    }

    final StringWriter secondOutput = new StringWriter();
    try (DemoStack stack = new DemoStack(settings, new PrintWriter(secondOutput, true)).start()) {
      stack.publishCatalogue(catalogue);
      new SimulationRun(settings, stack, catalogue, new PrintWriter(secondOutput, true)).run();
      // What the demo waits for before it says "finished": nothing left behind, measured now.
      assertThat(new CatchUpWait(stack::appHealth, new PrintWriter(secondOutput, true)).await())
          .isTrue();
      assertThat(stack.appHealth().backlog())
          .hasValueSatisfying(backlog -> assertThat(backlog.recordsBehind()).isZero());
      stack.console().awaitQuiet(QUIET, Duration.ofSeconds(30));

      assertThat(secondOutput.toString())
          .contains("Catalogue unchanged")
          .contains("were published before");
      // The app may still have had a backlog when the first run stopped; what it emits now must
      // be new transitions, never one printed before.
      assertThat(stack.console().printedAlerts())
          .as("transitions after the restart")
          .doesNotContainAnyElementsOf(firstAlerts);
    }
  }

  /** The downstream consumer of examples/node-consumer decodes every alert and progress record. */
  private void runNodeConsumer(DemoSettings settings) throws IOException, InterruptedException {
    final Path example = Path.of("..", "examples", "node-consumer").toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(example.resolve("consumer.js")), "examples/ not found");
    assumeTrue(commandExists("node") && commandExists("npm"), "node/npm not installed");
    run(example, List.of("npm", "ci", "--no-audit", "--no-fund"), settings);
    final String output =
        run(
            example,
            List.of(
                "node",
                "consumer.js",
                "--from-beginning",
                "--idle-exit",
                "8",
                "--min-records",
                "1",
                "--quiet"),
            settings);
    assertThat(output).containsPattern("(?m)^[1-9][0-9]* passed, 0 failed$");
  }

  private static String run(Path dir, List<String> command, DemoSettings settings)
      throws IOException, InterruptedException {
    final ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("PLANWATCH_BOOTSTRAP_SERVERS", settings.bootstrapServers());
    builder.environment().put("PLANWATCH_SCHEMA_REGISTRY_URL", settings.registryUrl());
    builder.redirectErrorStream(true);
    final Process process = builder.start();
    final byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
    final String text = new String(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("%s exit code; output:%n%s", command, text).isZero();
    return text;
  }

  private static boolean commandExists(String name) throws InterruptedException {
    try {
      return new ProcessBuilder(name, "--version").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private String get(String url) throws IOException, InterruptedException {
    final HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s: %s", url, response.body()).isEqualTo(200);
    return response.body();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
