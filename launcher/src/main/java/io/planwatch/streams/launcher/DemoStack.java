package io.planwatch.streams.launcher;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.producers.publish.CatalogueSync;
import io.planwatch.producers.publish.PublishListener;
import io.planwatch.producers.publish.PublishMetrics;
import io.planwatch.producers.publish.Publisher;
import io.planwatch.producers.publish.PublisherConfig;
import io.planwatch.registry.server.RegistryServerOptions;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.streams.api.HealthSnapshot;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.config.AppConfigLoader;
import io.planwatch.streams.config.ConfigKey;
import io.planwatch.streams.runtime.HangingTransactions;
import io.planwatch.streams.runtime.StreamsApp;
import io.planwatch.streams.runtime.StreamsMain;
import io.planwatch.topics.TopicProvisioner;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The whole pipeline on one machine: a real Kafka broker (KRaft), the schema registry, the streams
 * app with its API, the catalogue publisher and the alert console. Everything keeps its data under
 * one folder, so a second start resumes. {@link #close()} stops the parts in reverse order.
 */
final class DemoStack implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Duration REFERENCE_WAIT = Duration.ofMinutes(2);
  private static final String DEMO_GROUP_INSTANCE_ID = "planwatch-demo";

  /**
   * How old an open transaction its coordinator does not list must be to count as hanging. Nothing
   * of the demo writes before the check; another producer's live transaction is listed by its
   * coordinator (transactions v2 registers a partition before its first write), so the margin is
   * short: the app's transaction timeout, not the publisher's 5 minutes.
   */
  private static final Duration HANGING_AFTER = Duration.ofSeconds(10);

  private final DemoSettings settings;
  private final PrintWriter out;
  private final Topics topics = Topics.defaults();
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private Publisher publisher;
  private AlertConsole console;
  private StreamsApp app;
  private AppConfig appConfig;

  DemoStack(DemoSettings settings, PrintWriter out) {
    this.settings = settings;
    this.out = out;
  }

  /** Starts every part; on failure, stops what already started and rethrows. */
  DemoStack start() {
    try {
      startBroker();
      startRegistry();
      provisionTopics();
      abortHangingTransactions();
      publisher =
          remember(
              Publisher.open(
                  PublisherConfig.of(settings.bootstrapServers(), settings.registryUrl()),
                  new PublishMetrics(new SimpleMeterRegistry())));
      startApp();
      console =
          remember(
              new AlertConsole(settings.bootstrapServers(), settings.registryUrl(), topics, out));
      console.start();
      return this;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  Publisher publisher() {
    return publisher;
  }

  AlertConsole console() {
    return console;
  }

  int httpPort() {
    return app.httpPort();
  }

  /** The streams app's health: readiness and the backlog it is working off. */
  HealthSnapshot appHealth() {
    return app.health();
  }

  /**
   * Publishes the shipped catalogue (an unchanged catalogue publishes nothing) and waits until the
   * app holds all of it.
   */
  void publishCatalogue(Catalogue catalogue) throws InterruptedException {
    final CatalogueSync sync = new CatalogueSync(publisher);
    final CatalogueSync.Plan plan = sync.plan(catalogue);
    if (plan.isEmpty()) {
      say("Catalogue unchanged (%d records) / 规划目录无变化", plan.unchanged());
    } else {
      sync.apply(plan, PublishListener.NONE);
      say(
          "Catalogue: %d regions, %d indicators, %d targets; %d records published / 已发布规划目录",
          catalogue.regions().size(),
          catalogue.indicators().size(),
          catalogue.targets().size(),
          plan.changes().size());
    }
    if (!new ReferenceDataWait(httpPort()).await(catalogue, REFERENCE_WAIT)) {
      throw new IllegalStateException(
          "The streams app did not load the catalogue within " + REFERENCE_WAIT);
    }
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers()))) {
      if (!new SeriesTargetsWait(admin, appConfig.applicationId(), topics).await(REFERENCE_WAIT)) {
        throw new IllegalStateException(
            "The streams app did not route the plan targets within " + REFERENCE_WAIT);
      }
    }
  }

  private void startBroker() {
    final EmbeddedKafkaBroker broker =
        EmbeddedKafkaBroker.builder()
            .port(settings.kafkaPort())
            .dataDir(settings.dataDir().resolve("kafka"))
            .build();
    remember(broker);
    broker.start();
    say("Kafka broker (KRaft) on %s / Kafka 代理已启动", broker.bootstrapServers());
  }

  private void startRegistry() {
    final SchemaRegistryServer registry =
        new SchemaRegistryServer(
            RegistryServerOptions.onPort(settings.registryPort())
                .withDataDirectory(settings.dataDir().resolve("registry")));
    remember(registry);
    registry.start();
    say("Schema registry on %s / 模式注册中心已启动", registry.url());
  }

  /** Every topic exists before the app starts: a missing source topic would stop it. */
  private void provisionTopics() {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers()))) {
      new TopicProvisioner(admin, 3, (short) 1, TIMEOUT).provision(topics.all());
    }
  }

  /**
   * A crash of the whole stack can leave a hanging transaction on any of the demo's topics, the
   * ones its publisher writes (months, ledger) included: Kafka 4.3.1's transaction coordinator may
   * drop markers while the restarted lone node is fenced (docs/operations.md, issue 18). The app
   * checks its own partitions when it starts; this checks every topic of the demo first, before
   * anything of the demo writes, so no read_committed reader (the app's input consumer, the
   * publisher's ledger) stops at one.
   */
  private void abortHangingTransactions() {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers()))) {
      final List<String> names = topics.all().stream().map(TopicSpec::name).toList();
      final List<TopicPartition> partitions =
          admin.describeTopics(names).allTopicNames().get().values().stream()
              .flatMap(
                  topic ->
                      topic.partitions().stream()
                          .map(p -> new TopicPartition(topic.name(), p.partition())))
              .toList();
      final int aborted =
          new HangingTransactions(admin, HANGING_AFTER, Clock.systemUTC())
              .abortHanging(partitions)
              .size();
      if (aborted > 0) {
        say("Aborted %d hanging transaction(s) / 已中止 %d 个悬挂事务", aborted, aborted);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted looking for hanging transactions", e);
    } catch (ExecutionException | RuntimeException e) {
      // As in the app's own check: a failed look is reported, and the demo starts anyway.
      say("Could not look for hanging transactions / 无法检查悬挂事务: %s", e);
    }
  }

  private void startApp() {
    final AppConfig config =
        AppConfigLoader.load(
            Optional.empty(),
            Map.of(),
            Map.of(
                ConfigKey.BOOTSTRAP_SERVERS.key(),
                settings.bootstrapServers(),
                ConfigKey.SCHEMA_REGISTRY_URL.key(),
                settings.registryUrl(),
                ConfigKey.HTTP_PORT.key(),
                Integer.toString(settings.httpPort()),
                ConfigKey.STATE_DIR.key(),
                settings.dataDir().resolve("streams").toString(),
                ConfigKey.APPLICATION_SERVER.key(),
                "localhost:" + settings.httpPort(),
                // One instance on one machine, so its main consumer gets a fixed static member id
                // (KIP-345; Kafka Streams appends the thread index): a restart after a crash takes
                // the dead member's place in the group at once instead of waiting out its
                // session.timeout.ms (45 s). Only the main consumer: the app's other consumers
                // have no group.
                ConfigKey.KAFKA_PREFIX
                    + StreamsConfig.MAIN_CONSUMER_PREFIX
                    + ConsumerConfig.GROUP_INSTANCE_ID_CONFIG,
                DEMO_GROUP_INSTANCE_ID));
    appConfig = config;
    app = remember(StreamsMain.app(config));
    app.start();
    say("Streams app, REST API and dashboard on http://localhost:%d / 流处理应用已启动", httpPort());
  }

  private <T extends AutoCloseable> T remember(T part) {
    started.push(part);
    return part;
  }

  private void say(String format, Object... args) {
    synchronized (out) {
      out.printf(format + "%n", args);
      out.flush();
    }
  }

  @Override
  public void close() {
    while (!started.isEmpty()) {
      final AutoCloseable part = started.pop();
      try {
        part.close();
      } catch (Exception e) {
        say("Could not stop %s cleanly: %s", part.getClass().getSimpleName(), e.getMessage());
      }
    }
  }
}
