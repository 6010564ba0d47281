package io.planwatch.streams.web;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planwatch.avro.ProjectUpdate;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.embedded.test.KafkaTestClients;
import io.planwatch.registry.client.SchemaRegistryClients;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.config.AppConfigLoader;
import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.streams.query.QueryApi;
import io.planwatch.streams.runtime.PaceTopologyFactory;
import io.planwatch.streams.runtime.StreamsApp;
import io.planwatch.streams.runtime.TopologyFactory;
import io.planwatch.streams.topology.DemoRecords;
import io.planwatch.streams.topology.PaceTopology;
import io.planwatch.streams.topology.TopologyConfig;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.TopicProvisioner;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import io.planwatch.topics.ValueSerdeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;

/**
 * The whole app on one machine for the browser test: the schema registry over HTTP, the topics, the
 * app with the real pace topology, the query API and the dashboard, and the demo data published
 * into the input topics with the project's serializer.
 */
final class DashboardStack implements AutoCloseable {

  private static final Duration MILESTONE_CHECK_INTERVAL = Duration.ofSeconds(2);

  private final SchemaRegistryServer registry;
  private final KafkaTestClients kafka;
  private final Topics topics = Topics.defaults();
  private final ValueSerdeFactory serdes;
  private final StreamsApp app;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  DashboardStack(final KafkaTestClients kafka, final Path stateDir) {
    this.kafka = kafka;
    this.registry = new SchemaRegistryServer(0).start();
    this.serdes = AvroValueSerdes.of(Map.of("schema.registry.url", registry.url()));
    try (Admin admin = kafka.admin()) {
      new TopicProvisioner(admin, 1, (short) 1, Duration.ofSeconds(30)).provision(topics.all());
    }
    final AppConfig config =
        AppConfigLoader.load(
            Optional.empty(),
            Map.of(
                "PLANWATCH_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "PLANWATCH_APPLICATION_ID", KafkaTestClients.uniqueTopic("dashboard-it"),
                "PLANWATCH_SCHEMA_REGISTRY_URL", registry.url(),
                "PLANWATCH_HTTP_PORT", "0",
                "PLANWATCH_STATE_DIR", stateDir.toString(),
                "PLANWATCH_ROCKSDB_BLOCK_CACHE_MB", "16",
                "PLANWATCH_ROCKSDB_WRITE_BUFFER_MB", "4"),
            Map.of());
    this.app =
        StreamsApp.builder(config, topology())
            .routes(streams -> QueryApi.start(config, streams))
            .routes(streams -> Dashboard.start(config, streams))
            .build();
    app.start();
    await().atMost(Duration.ofSeconds(120)).until(() -> app.health().ready());
  }

  /**
   * The production pace topology with its streams defaults, checking milestone dates every few
   * seconds instead of every ten minutes so that an overdue project shows up during the test.
   */
  private static TopologyFactory topology() {
    final PaceTopologyFactory production = new PaceTopologyFactory();
    return new TopologyFactory() {
      @Override
      public Topology build(final AppConfig config, final DomainMetrics metrics) {
        final Map<String, Object> serdeConfig = config.registry().serdeConfig();
        return PaceTopology.build(
            new TopologyConfig(
                config.topics(),
                6,
                TopologyConfig.CHINA,
                MILESTONE_CHECK_INTERVAL,
                config.processing().scorecardInterval()),
            AvroValueSerdes.over(SchemaRegistryClients.create(serdeConfig), serdeConfig),
            metrics);
      }

      @Override
      public Map<String, Object> streamsDefaults(
          final AppConfig config, final DomainMetrics metrics) {
        return production.streamsDefaults(config, metrics);
      }
    };
  }

  String baseUrl() {
    return "http://localhost:" + app.httpPort();
  }

  /** Regions, indicators and targets of the demo, then June's figures. */
  void publishDemo() {
    publish(topics.regions(), DemoData.CATALOGUE.regions().keySet(), c -> c, DemoRecords::region);
    publish(
        topics.indicators(),
        DemoData.CATALOGUE.indicators().keySet(),
        c -> c,
        DemoRecords::indicator);
    publish(topics.planTargets(), DemoData.targets(), PlanTarget::id, DemoRecords::target);
    publishFigures(DemoData.JUNE, "demo-2022-06");
    publish(topics.projectUpdates(), DemoData.projects(), ProjectUpdate::getProjectId, p -> p);
  }

  void publishFigures(final List<DemoData.Figure> figures, final String release) {
    final List<StatisticalObservation> records =
        figures.stream().map(f -> DemoData.observation(f, release)).toList();
    publish(topics.observations(), records, DemoRecords::key, o -> o);
  }

  private <T, V extends SpecificRecord> void publish(
      final TopicSpec<V> topic,
      final java.util.Collection<T> items,
      final Function<T, String> key,
      final Function<T, V> value) {
    try (KafkaProducer<String, V> producer =
        new KafkaProducer<>(
            kafka.producerProps(), new StringSerializer(), topic.valueSerde(serdes).serializer())) {
      items.forEach(
          item ->
              producer.send(
                  new ProducerRecord<>(topic.name(), key.apply(item), value.apply(item))));
      producer.flush();
    }
  }

  /** GET of the query API; the body as JSON, a null node unless 200. */
  JsonNode api(final String pathAndQuery) {
    return json(call("/api/v1" + pathAndQuery));
  }

  /** The app's {@code /health/live} snapshot: state, readiness and its reason, the backlog. */
  JsonNode health() {
    return json(call("/health/live"));
  }

  private JsonNode json(final HttpResponse<String> response) {
    try {
      return response.statusCode() == 200 ? json.readTree(response.body()) : json.nullNode();
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The status code of a GET of the query API. */
  int status(final String pathAndQuery) {
    return call("/api/v1" + pathAndQuery).statusCode();
  }

  private HttpResponse<String> call(final String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.close();
    registry.close();
  }
}
