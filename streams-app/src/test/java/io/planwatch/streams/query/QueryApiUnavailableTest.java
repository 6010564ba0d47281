package io.planwatch.streams.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.planwatch.streams.api.HttpServer;
import io.planwatch.streams.config.HttpConfig;
import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.streams.topology.PaceTopology;
import io.planwatch.streams.topology.TopologyConfig;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API over a streams instance that has not started (as during start-up): stores are not
 * queryable, so lookups answer 503 with Retry-After, while bad parameters still answer 400.
 */
class QueryApiUnavailableTest {

  @TempDir Path stateDir;

  private final HttpClient http = HttpClient.newHttpClient();
  private KafkaStreams streams;
  private HttpServer server;

  @BeforeEach
  void setUp() {
    final Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "query-unavailable-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    streams =
        new KafkaStreams(
            PaceTopology.build(
                TopologyConfig.defaults(Topics.withPrefix("planwatch.")),
                AvroValueSerdes.of(Map.of("schema.registry.url", "mock://query-unavailable")),
                new DomainMetrics(new SimpleMeterRegistry())),
            props);
    final QueryContext context =
        QueryApi.context(streams, Optional.of(new HostInfo("localhost", 1)), new TargetCatalogue());
    server = new HttpServer(new HttpConfig(0, List.of()), List.of(QueryApi.over(context))).start();
  }

  @AfterEach
  void tearDown() {
    server.close();
    streams.close();
  }

  @Test
  void shouldAnswer503WithRetryAfterWhileTheStoresAreNotQueryable() throws Exception {
    final HttpResponse<String> response = get("/progress/hn-gdp/2022");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).contains("2");
    assertThat(response.body())
        .contains("\"error\":\"service_unavailable\"")
        .contains("pace-progress")
        .contains("not queryable yet (CREATED)");
  }

  @Test
  void shouldAnswer503ForAListWhileNoInstanceCanBeAsked() throws Exception {
    final HttpResponse<String> response = get("/alerts?state=all");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void shouldAnswer503ForTheTargetCatalogueAndAlertHistoryUntilTheyCanBeRead() throws Exception {
    assertThat(get("/targets").statusCode()).isEqualTo(503);
    assertThat(get("/alerts/hn-gdp/2022/history").statusCode()).isEqualTo(503);
  }

  @Test
  void shouldValidateParametersBeforeTouchingAnyStore() throws Exception {
    final HttpResponse<String> response = get("/progress/hn-gdp/20x2");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("parameter 'year': '20x2' is not a year 1949..2100");
  }

  @Test
  void shouldServeItsOpenApiDescription() throws Exception {
    final HttpResponse<String> response = get("/openapi.yaml");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .startsWith("openapi: 3.0.3")
        .contains("/progress/{targetId}/{year}");
  }

  private HttpResponse<String> get(final String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + QueryApi.BASE + path))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
