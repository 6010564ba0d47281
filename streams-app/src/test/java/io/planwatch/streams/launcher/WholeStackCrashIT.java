package io.planwatch.streams.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceAlert;
import io.planwatch.producers.publish.TopicReader;
import io.planwatch.streams.runtime.GroupLag;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-machine stack killed the way it really dies: broker, registry and app in one child JVM
 * ({@code planwatch demo --fast}), SIGKILLed at ten seeded random points, half while the simulation
 * publishes, half while the app works off its backlog. After each kill the stack restarts on the
 * same data folder and must become ready, with every consumer group of the app at zero lag, within
 * {@link #READY_BOUND}; at the end its alerts (in order, per alert) and final progress (per key)
 * must equal those of an uninterrupted run.
 *
 * <p>Slow (several minutes): it runs in the {@code crash} profile, which {@code .ci/run} runs.
 */
@Tag("crash")
class WholeStackCrashIT {

  private static final int KILLS = Integer.getInteger("planwatch.crash.kills", 10);
  private static final long SEED = Long.getLong("planwatch.crash.seed", System.nanoTime());
  private static final Duration READY_BOUND = Duration.ofMinutes(5);
  private static final String APPLICATION_ID = "planwatch-pace";
  private static final String PUBLISHED = "records published / 已发布";
  private static final String FINISHED = "Simulation finished";

  @TempDir Path tmp;

  private final HttpClient http = HttpClient.newHttpClient();
  private final Topics topics = Topics.defaults();

  @Test
  void shouldRecoverFromEveryKillWithTheOutputsOfAnUninterruptedRun() throws Exception {
    System.out.printf(
        "WholeStackCrashIT: seed %d, %d kills, readiness bound %s%n", SEED, KILLS, READY_BOUND);
    final Random random = new Random(SEED);

    final Stack reference = new Stack(tmp.resolve("reference"));
    final Outputs expected;
    try (Child child = reference.launch()) {
      reference.settle(child);
      expected = reference.outputs();
    }
    assertThat(expected.alerts()).as("the uninterrupted run raised alerts").isNotEmpty();

    final Stack crashed = new Stack(tmp.resolve("crashed"));
    final List<String> figures = new ArrayList<>();
    Child child = crashed.launch();
    try {
      for (int kill = 1; kill <= KILLS; kill++) {
        final boolean duringPublication = kill <= KILLS / 2;
        if (duringPublication) {
          final int months = 1 + random.nextInt(8);
          child.await(out -> count(out, PUBLISHED) >= months || out.contains(FINISHED));
        } else {
          child.await(out -> out.contains(FINISHED));
        }
        Thread.sleep(random.nextInt(duringPublication ? 1_500 : 4_000));
        final boolean published = child.output().contains(FINISHED);
        child.kill();
        final long restartedAt = System.nanoTime();
        child = crashed.launch();
        crashed.settle(child);
        final long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restartedAt);
        final String figure =
            String.format(
                "kill %d (%s): ready with zero lag %d s after the restart (bound %d s)",
                kill, published ? "backlog" : "publication", seconds, READY_BOUND.toSeconds());
        System.out.println("WholeStackCrashIT: " + figure);
        figures.add(figure);
      }
      final Outputs actual = crashed.outputs();
      assertThat(actual.alerts()).isEqualTo(expected.alerts());
      assertThat(actual.progress()).isEqualTo(expected.progress());
    } finally {
      child.kill();
      System.out.println("WholeStackCrashIT: seed " + SEED + "\n  " + String.join("\n  ", figures));
    }
  }

  private static int count(final String text, final String needle) {
    int count = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }

  /** What the comparison looks at: alert transitions per alert, latest progress per key. */
  private record Outputs(Map<String, List<String>> alerts, Map<String, String> progress) {}

  /** One data folder and its ports, kept across restarts. */
  private final class Stack {
    private final Path dataDir;
    private final int kafkaPort = freePort();
    private final int registryPort = freePort();
    private final int httpPort = freePort();
    private int launches;

    Stack(final Path dataDir) {
      this.dataDir = dataDir;
    }

    Child launch() throws IOException {
      launches++;
      final Path log = dataDir.resolveSibling(dataDir.getFileName() + "-run" + launches + ".log");
      Files.createDirectories(dataDir);
      final List<String> command =
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xmx1g",
              "-Dfile.encoding=UTF-8",
              "-Duser.timezone=Asia/Shanghai",
              "-cp",
              System.getProperty("java.class.path"),
              PlanwatchMain.class.getName(),
              "demo",
              "--fast",
              "--data-dir",
              dataDir.toString(),
              "--kafka-port",
              Integer.toString(kafkaPort),
              "--registry-port",
              Integer.toString(registryPort),
              "--http-port",
              Integer.toString(httpPort));
      final Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new Child(process, log);
    }

    /**
     * Waits until the simulation is published, the app is ready and every consumer group of the app
     * has no lag, all within {@link #READY_BOUND}.
     */
    void settle(final Child child) throws Exception {
      final long deadline = System.nanoTime() + READY_BOUND.toNanos();
      child.await(out -> out.contains(FINISHED), deadline);
      try (Admin admin =
          Admin.create(
              Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + kafkaPort))) {
        final List<TopicPartition> inputs = new ArrayList<>();
        for (final TopicSpec<?> input :
            List.of(topics.observations(), topics.planTargets(), topics.projectUpdates())) {
          admin.describeTopics(List.of(input.name())).allTopicNames().get().values().stream()
              .flatMap(d -> d.partitions().stream())
              .forEach(p -> inputs.add(new TopicPartition(input.name(), p.partition())));
        }
        while (true) {
          final boolean ready = ready();
          final boolean caughtUp = ready && zeroLag(admin, inputs);
          if (caughtUp) {
            return;
          }
          assertThat(System.nanoTime())
              .as(
                  "ready with zero lag within %s (health %s), see %s",
                  READY_BOUND, health(), child.log())
              .isLessThan(deadline);
          child.assertAlive();
          Thread.sleep(1_000);
        }
      }
    }

    private boolean zeroLag(final Admin admin, final List<TopicPartition> inputs) throws Exception {
      if (new GroupLag(admin, APPLICATION_ID, inputs).total() != 0) {
        return false;
      }
      for (final var group : admin.listGroups().all().get()) {
        final var committed =
            admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
        final long lag =
            new GroupLag(admin, group.groupId(), List.of())
                .of(committed.keySet()).values().stream().mapToLong(Long::longValue).sum();
        if (lag != 0) {
          return false;
        }
      }
      return true;
    }

    private boolean ready() {
      try {
        return http.send(
                    HttpRequest.newBuilder(
                            URI.create("http://localhost:" + httpPort + "/health/ready"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200;
      } catch (final IOException e) {
        return false;
      } catch (final InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    private String health() {
      try {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
      } catch (final IOException e) {
        return "unreachable: " + e;
      } catch (final InterruptedException e) {
        Thread.currentThread().interrupt();
        return "interrupted";
      }
    }

    Outputs outputs() {
      final AvroValueSerdes serdes =
          AvroValueSerdes.of(Map.of("schema.registry.url", "http://localhost:" + registryPort));
      final TopicReader reader =
          new TopicReader(
              Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + kafkaPort),
              Duration.ofMinutes(2));
      final Map<String, List<String>> alerts = new TreeMap<>();
      final TopicSpec<PaceAlert> alertTopic = topics.paceAlerts();
      for (final ConsumerRecord<String, PaceAlert> record :
          reader.committed(alertTopic.name(), alertTopic.valueSerde(serdes).deserializer())) {
        // Wall-clock times differ between runs; every other field must match.
        final PaceAlert alert =
            PaceAlert.newBuilder(record.value())
                .setRaisedAt(Instant.EPOCH)
                .setObservationPublishedAt(null)
                .build();
        alerts.computeIfAbsent(alert.getAlertId(), id -> new ArrayList<>()).add(alert.toString());
      }
      final Map<String, String> progress = new TreeMap<>();
      final TopicSpec<IndicatorProgress> progressTopic = topics.paceProgress();
      reader
          .latest(progressTopic.name(), progressTopic.valueSerde(serdes).deserializer())
          .forEach(
              (key, value) ->
                  progress.put(
                      key,
                      IndicatorProgress.newBuilder(value)
                          .setEvaluatedAt(Instant.EPOCH)
                          .setObservationPublishedAt(null)
                          .build()
                          .toString()));
      return new Outputs(alerts, progress);
    }
  }

  /** The child JVM running the whole stack. */
  private record Child(Process process, Path log) implements AutoCloseable {

    String output() {
      try {
        return Files.readString(log, StandardCharsets.UTF_8);
      } catch (final IOException e) {
        return "";
      }
    }

    void await(final Predicate<String> condition) throws InterruptedException {
      await(condition, System.nanoTime() + READY_BOUND.toNanos());
    }

    void await(final Predicate<String> condition, final long deadline) throws InterruptedException {
      while (!condition.test(output())) {
        assertAlive();
        assertThat(System.nanoTime()).as("waiting on the output of %s", log).isLessThan(deadline);
        Thread.sleep(200);
      }
    }

    void assertAlive() {
      assertThat(process.isAlive()).as("the stack is running, see %s", log).isTrue();
    }

    /** SIGKILL on Linux: no shutdown hook, no close, nothing flushed by the JVM. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
      kill();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (final IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
