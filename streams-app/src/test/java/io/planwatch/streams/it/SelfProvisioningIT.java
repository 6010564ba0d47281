package io.planwatch.streams.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.ObservationStatus;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.PriceBasis;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.embedded.test.KafkaTestClients;
import io.planwatch.producers.publish.Batch;
import io.planwatch.producers.publish.CatalogueSync;
import io.planwatch.producers.publish.PublishListener;
import io.planwatch.producers.publish.PublishMetrics;
import io.planwatch.producers.publish.Publisher;
import io.planwatch.producers.publish.PublisherConfig;
import io.planwatch.producers.publish.Records;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.registry.test.RegistryServerExtension;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.config.AppConfigLoader;
import io.planwatch.streams.runtime.StreamsApp;
import io.planwatch.streams.runtime.StreamsMain;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app started against an empty broker, as a new user runs it (`planwatch broker`, `planwatch
 * registry`, `planwatch app`, then `planwatch produce catalogue`): it creates its own topics, stays
 * up, live and not ready with the missing input topics named, and becomes ready and processes
 * figures once the catalogue is published.
 */
@ExtendWith({KafkaBrokerExtension.class, RegistryServerExtension.class})
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SelfProvisioningIT {
  private static final Duration STEP = Duration.ofSeconds(120);
  private static final int PARTITIONS = 2;

  @TempDir Path stateDir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldWaitForItsInputsOnAnEmptyBrokerAndBecomeReadyOnceTheCatalogueIsPublished(
      final EmbeddedKafkaBroker broker,
      final KafkaTestClients clients,
      final SchemaRegistryServer registry)
      throws Exception {
    final Topics topics = Topics.withPrefix(KafkaTestClients.uniqueTopic("fresh") + ".");
    final AppConfig config = config(broker, registry, topics);
    try (StreamsApp app = StreamsMain.app(config);
        Admin admin = clients.admin()) {
      app.start();

      // Its own topics appear with the configured partitions and the catalogue's cleanup.
      await().atMost(STEP).until(() -> existing(admin).containsAll(names(topics.streamsOutputs())));
      for (final TopicSpec<?> owned : topics.streamsOutputs()) {
        assertThat(partitions(admin, owned.name())).as(owned.name()).isEqualTo(PARTITIONS);
        assertThat(topicConfig(admin, owned.name(), TopicConfig.CLEANUP_POLICY_CONFIG))
            .as(owned.name())
            .isEqualTo(owned.cleanupPolicy().configValue());
      }
      assertThat(topicConfig(admin, topics.paceAlerts().name(), TopicConfig.RETENTION_MS_CONFIG))
          .isEqualTo(topics.paceAlerts().retention().retentionMs().orElseThrow());

      // Live, not ready, and saying which inputs it waits for; never an input created by the app.
      await()
          .atMost(STEP)
          .untilAsserted(
              () -> {
                final HttpResponse<String> ready = get(app, "/health/ready");
                assertThat(ready.statusCode()).isEqualTo(503);
                final String reason = json.readTree(ready.body()).path("reason").asText();
                assertThat(reason).contains("waiting for input topics");
                topics.inputs().forEach(input -> assertThat(reason).contains(input.name()));
              });
      assertThat(get(app, "/health/live").statusCode()).isEqualTo(200);
      assertThat(existing(admin)).doesNotContainAnyElementsOf(names(topics.inputs()));
      assertThat(app.streams().state()).isEqualTo(KafkaStreams.State.CREATED);

      // `produce catalogue`: the producers create the inputs and publish the plan catalogue.
      final PublisherConfig producers =
          PublisherConfig.of(broker.bootstrapServers(), registry.url())
              .withTopics(topics)
              .withPartitions(PARTITIONS, (short) 1);
      try (Publisher publisher =
          Publisher.open(producers, new PublishMetrics(new SimpleMeterRegistry()))) {
        final CatalogueSync sync = new CatalogueSync(publisher);
        assertThat(sync.apply(sync.plan(Catalogue.loadDefault()), PublishListener.NONE).committed())
            .isTrue();

        await().atMost(STEP).until(() -> get(app, "/health/ready").statusCode() == 200);
        assertThat(json.readTree(get(app, "/health/ready").body()).path("reason").isNull())
            .isTrue();

        // End to end: a figure reaches the pace engine and its progress the API.
        assertThat(
                publisher
                    .publish(
                        new Batch(
                            "fresh-broker-figure",
                            "fresh-broker",
                            "one figure",
                            Records.observations(topics, List.of(hunnanGdp()))),
                        PublishListener.NONE)
                    .committed())
            .isTrue();
      }
      await()
          .atMost(STEP)
          .untilAsserted(
              () -> {
                final JsonNode progress =
                    json.readTree(
                        get(app, "/api/v1/progress?year=2022&region=210112&indicator=gdp").body());
                assertThat(progress.path("total").asInt()).isPositive();
              });
      // The backlog is measured and, once the figure is through, nothing is left behind.
      await()
          .atMost(STEP)
          .untilAsserted(
              () -> {
                final JsonNode backlog =
                    json.readTree(get(app, "/health/ready").body()).path("backlog");
                assertThat(backlog.path("recordsBehind").isNumber()).isTrue();
                assertThat(backlog.path("recordsBehind").asLong()).isZero();
              });
    }
  }

  @Test
  void shouldStopWaitingAtOnceWhenClosed(
      final EmbeddedKafkaBroker broker, final SchemaRegistryServer registry) throws Exception {
    final Topics topics = Topics.withPrefix(KafkaTestClients.uniqueTopic("closed") + ".");
    final StreamsApp app = StreamsMain.app(config(broker, registry, topics));
    app.start();
    await()
        .atMost(STEP)
        .until(() -> app.health().reason().orElse("").startsWith("waiting for input topics"));

    // Well within the close timeout: the wait is interrupted, not run out.
    assertTimeoutPreemptively(Duration.ofSeconds(25), app::close);

    assertThat(app.awaitTermination()).isEqualTo(StreamsApp.EXIT_OK);
    assertThat(app.streams().state())
        .isIn(KafkaStreams.State.CREATED, KafkaStreams.State.NOT_RUNNING);
  }

  private AppConfig config(
      final EmbeddedKafkaBroker broker, final SchemaRegistryServer registry, final Topics topics) {
    return AppConfigLoader.load(
        Optional.empty(),
        Map.of(
            "PLANWATCH_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
            "PLANWATCH_SCHEMA_REGISTRY_URL", registry.url(),
            "PLANWATCH_TOPIC_PREFIX", topics.prefix(),
            "PLANWATCH_APPLICATION_ID", KafkaTestClients.uniqueTopic("fresh-app"),
            "PLANWATCH_TOPIC_PARTITIONS", Integer.toString(PARTITIONS),
            "PLANWATCH_REPLICATION_FACTOR", "1",
            "PLANWATCH_SERIES_PARTITIONS", "2",
            "PLANWATCH_HTTP_PORT", "0",
            "PLANWATCH_STATE_DIR", stateDir.toString(),
            "PLANWATCH_ROCKSDB_BLOCK_CACHE_MB", "16"),
        Map.of("rocksdb.write.buffer.mb", "4", "close.timeout.ms", "60000"));
  }

  /** Hunnan's GDP, Jan–Jun 2022 (the README's worked example). */
  private static Observation hunnanGdp() {
    return new Observation(
        "gdp",
        "210112",
        new Period(2022, 6),
        Measure.YTD_LEVEL,
        310.0,
        "亿元",
        PriceBasis.CURRENT,
        Frequency.QUARTERLY,
        ObservationStatus.PROVISIONAL,
        "r-2022-06",
        0,
        Instant.parse("2022-07-15T02:00:00Z"),
        "test");
  }

  private static List<String> names(final List<TopicSpec<?>> specs) {
    return specs.stream().map(TopicSpec::name).toList();
  }

  private static java.util.Set<String> existing(final Admin admin) throws Exception {
    return admin.listTopics().names().get(30, TimeUnit.SECONDS);
  }

  private static int partitions(final Admin admin, final String topic) throws Exception {
    final TopicDescription description =
        admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
    return description.partitions().size();
  }

  private static String topicConfig(final Admin admin, final String topic, final String key)
      throws Exception {
    final ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    final Config config =
        admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
    return config.get(key).value();
  }

  private HttpResponse<String> get(final StreamsApp app, final String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.httpPort() + path))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
