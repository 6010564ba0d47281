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
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
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
 * ({@code planwatch demo}, its months paced so that a restart can catch up between two of them),
 * SIGKILLed at ten seeded random points, half while the simulation publishes, half once the last
 * month is published while the app works off its backlog or restores. After each kill the stack
 * restarts on the same data folder and must become ready within {@link #READY_BOUND}, and reach
 * zero lag in every consumer group of the app within {@link #SETTLE_BOUND}; at the end its alerts
 * (in order, per alert) and final progress (per key) must equal those of an uninterrupted run. The
 * child's log ({@code whole-stack-crash-logback.xml}) keeps the broker lines that say how each
 * restart went, and each restart's figure counts them.
 *
 * <p>Slow (several minutes): it runs in the {@code crash} profile, which {@code .ci/run} runs.
 */
@Tag("crash")
class WholeStackCrashIT {

  private static final int KILLS = Integer.getInteger("planwatch.crash.kills", 10);
  private static final long SEED = Long.getLong("planwatch.crash.seed", System.nanoTime());
  private static final String YEARS = System.getProperty("planwatch.crash.years", "2022");

  /**
   * Seconds each simulated month is paced by ({@code --speed}): a restart can catch up between two
   * months, so the next kill again falls during publication.
   */
  private static final int SECONDS_PER_MONTH = Integer.getInteger("planwatch.crash.speed", 6);

  /** From the restart to {@code /health/ready}: broker recovery, group join, store restore. */
  private static final Duration READY_BOUND = Duration.ofMinutes(3);

  /**
   * From the restart to zero lag: {@link #READY_BOUND} plus publishing what the kill interrupted
   * and working off the backlog.
   */
  private static final Duration SETTLE_BOUND = Duration.ofMinutes(6);

  private static final String APPLICATION_ID = "planwatch-pace";
  private static final Pattern MONTH_PUBLISHED =
      Pattern.compile("── [^\\n]+? ── \\d+ records published / 已发布");
  private static final String ALL_PUBLISHED_BEFORE = "simulated months were published before";
  private static final Pattern RESUMED = Pattern.compile("Resumed: (\\d+) months were published");
  private static final String FINISHED = "Simulation finished";
  private static final Pattern BROKER_READY =
      Pattern.compile("Kafka \\S+ broker ready on .* in (\\d+) ms");

  @TempDir Path tmp;

  /** The child's logging: planwatch plus the Kafka lines that tell how a restart went. */
  private static final String CHILD_LOGGING =
      Objects.requireNonNull(
              WholeStackCrashIT.class.getResource("/whole-stack-crash-logback.xml"),
              "whole-stack-crash-logback.xml on the test class path")
          .toString();

  /** Months the simulation publishes, as counted in the uninterrupted run. */
  private int months;

  private final HttpClient http = HttpClient.newHttpClient();
  private final Topics topics = Topics.defaults();

  @Test
  void shouldRecoverFromEveryKillWithTheOutputsOfAnUninterruptedRun() throws Exception {
    System.out.printf(
        "WholeStackCrashIT: seed %d, %d kills, years %s, bounds: ready %s, zero lag %s%n",
        SEED, KILLS, YEARS, READY_BOUND, SETTLE_BOUND);
    final long begin = System.nanoTime();
    final Random random = new Random(SEED);

    final Stack reference = new Stack(tmp.resolve("reference"));
    final Outputs expected;
    final String referenceOutput;
    try (Child child = reference.launch()) {
      reference.settle(child, true);
      expected = reference.outputs();
      referenceOutput = child.output();
    }
    assertThat(expected.alerts()).as("the uninterrupted run raised alerts").isNotEmpty();
    months = count(referenceOutput, MONTH_PUBLISHED);
    assertThat(months).as("months the uninterrupted run published").isPositive();

    final Stack crashed = new Stack(tmp.resolve("crashed"));
    final List<String> figures = new ArrayList<>();
    final List<Long> readySeconds = new ArrayList<>();
    final List<Long> settledSeconds = new ArrayList<>();
    Child child = crashed.launch();
    try {
      for (int kill = 1; kill <= KILLS; kill++) {
        final String phase =
            killAtRandomPoint(child, kill <= KILLS / 2, random)
                + (crashed.ready() ? ", app running" : ", app starting or restoring");
        child.kill();
        child = crashed.launch();
        final Settled settled = crashed.settle(child, false);
        readySeconds.add(settled.ready().toSeconds());
        settledSeconds.add(settled.zeroLag().toSeconds());
        final String figure =
            String.format(
                "kill %d (%s): ready %d s, zero lag %d s after the restart; %s",
                kill,
                phase,
                settled.ready().toSeconds(),
                settled.zeroLag().toSeconds(),
                child.brokerFacts());
        System.out.println("WholeStackCrashIT: " + figure);
        figures.add(figure);
      }
      crashed.settle(child, true);
      final Outputs actual = crashed.outputs();
      assertThat(actual.alerts()).isEqualTo(expected.alerts());
      assertThat(actual.progress()).isEqualTo(expected.progress());
    } finally {
      child.kill();
      System.out.printf(
          "WholeStackCrashIT: seed %d%n  %s%n  ready after a restart: %s; zero lag after a"
              + " restart: %s; whole test %d s%n",
          SEED,
          String.join("\n  ", figures),
          spread(readySeconds),
          spread(settledSeconds),
          TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin));
    }
  }

  private static String spread(final List<Long> seconds) {
    if (seconds.isEmpty()) {
      return "-";
    }
    final List<Long> sorted = seconds.stream().sorted().toList();
    return String.format(
        "min %d s, median %d s, max %d s",
        sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
  }

  /**
   * Waits for a seeded random point of this launch and says which it was. During publication: a few
   * months after the launch began publishing, plus up to one month's pace. Backlog: once every
   * month is published (in this launch or before it), plus up to 3 s, while the app works off what
   * it has not processed yet (or restores, after a restart).
   */
  private String killAtRandomPoint(
      final Child child, final boolean duringPublication, final Random random)
      throws InterruptedException {
    if (duringPublication) {
      final int months = 1 + random.nextInt(2);
      child.await(out -> count(out, MONTH_PUBLISHED) >= months || allPublished(out));
      Thread.sleep(random.nextInt(SECONDS_PER_MONTH * 1_000));
    } else {
      child.await(this::allPublished);
      Thread.sleep(random.nextInt(3_000));
    }
    final String out = child.output();
    if (out.contains(FINISHED)) {
      return "after the simulation finished";
    }
    return allPublished(out) ? "backlog" : "publication";
  }

  /** The last month is published, in this launch or in an earlier one. */
  private boolean allPublished(final String out) {
    if (out.contains(ALL_PUBLISHED_BEFORE) || out.contains(FINISHED)) {
      return true;
    }
    final int before =
        RESUMED.matcher(out).results().mapToInt(m -> Integer.parseInt(m.group(1))).sum();
    return before + count(out, MONTH_PUBLISHED) >= months;
  }

  private static int count(final String text, final Pattern pattern) {
    return (int) pattern.matcher(text).results().count();
  }

  /** How long a launch took to become ready, and to reach zero lag. */
  private record Settled(Duration ready, Duration zeroLag) {}

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
              "-Dlogback.configurationFile=" + CHILD_LOGGING,
              "-cp",
              System.getProperty("java.class.path"),
              PlanwatchMain.class.getName(),
              "demo",
              "--speed",
              Integer.toString(SECONDS_PER_MONTH),
              "--years",
              YEARS,
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
      return new Child(process, log, System.nanoTime());
    }

    /**
     * Waits until the app is ready (within {@link #READY_BOUND} of the launch), then until every
     * consumer group of the app has no lag on what is published so far (within {@link
     * #SETTLE_BOUND}), and says how long each took.
     *
     * @param untilFinished also wait until the simulation has published its last month
     */
    Settled settle(final Child child, final boolean untilFinished) throws Exception {
      final long launched = child.launchedAt();
      final long readyDeadline = launched + READY_BOUND.toNanos();
      while (!ready()) {
        assertThat(System.nanoTime())
            .as("ready within %s (health %s), see %s", READY_BOUND, health(), child.log())
            .isLessThan(readyDeadline);
        child.assertAlive();
        Thread.sleep(500);
      }
      final Duration ready = Duration.ofNanos(System.nanoTime() - launched);
      final long deadline = launched + SETTLE_BOUND.toNanos();
      if (untilFinished) {
        child.await(out -> out.contains(FINISHED), deadline);
      }
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
        while (!(ready() && zeroLag(admin, inputs))) {
          assertThat(System.nanoTime())
              .as(
                  "ready with zero lag within %s (health %s), see %s",
                  SETTLE_BOUND, health(), child.log())
              .isLessThan(deadline);
          child.assertAlive();
          Thread.sleep(1_000);
        }
      }
      return new Settled(ready, Duration.ofNanos(System.nanoTime() - launched));
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

    boolean ready() {
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
  private record Child(Process process, Path log, long launchedAt) implements AutoCloseable {

    String output() {
      try {
        return Files.readString(log, StandardCharsets.UTF_8);
      } catch (final IOException e) {
        return "";
      }
    }

    void await(final Predicate<String> condition) throws InterruptedException {
      await(condition, System.nanoTime() + SETTLE_BOUND.toNanos());
    }

    void await(final Predicate<String> condition, final long deadline) throws InterruptedException {
      while (!condition.test(output())) {
        assertAlive();
        assertThat(System.nanoTime()).as("waiting on the output of %s", log).isLessThan(deadline);
        Thread.sleep(200);
      }
    }

    /**
     * What the log of this launch says about the restart: the broker's start-up time, whether the
     * controller handled an unclean shutdown, transaction markers the coordinator skipped (Kafka
     * 4.3.1, docs/operations.md), and hanging transactions the demo or the app aborted.
     */
    String brokerFacts() {
      final String out = output();
      final String brokerReady =
          BROKER_READY.matcher(out).results().map(m -> m.group(1) + " ms").findFirst().orElse("?");
      return String.format(
          "broker ready in %s, unclean-shutdown handling %d, markers skipped %d, hanging"
              + " transactions aborted %d",
          brokerReady,
          count(out, Pattern.compile("handleBrokerUncleanShutdown")),
          count(out, Pattern.compile("Couldn't find leader endpoint")),
          count(out, Pattern.compile("Aborting hanging transaction")));
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
