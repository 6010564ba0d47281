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
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.config.AppConfigLoader;
import io.planwatch.streams.config.ConfigKey;
import io.planwatch.streams.runtime.StreamsApp;
import io.planwatch.streams.runtime.StreamsMain;
import io.planwatch.topics.TopicProvisioner;
import io.planwatch.topics.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
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
