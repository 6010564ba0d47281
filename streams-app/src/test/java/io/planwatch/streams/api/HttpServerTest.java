package io.planwatch.streams.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planwatch.domain.model.AlertSeverity;
import io.planwatch.domain.model.AlertTransition;
import io.planwatch.domain.model.AlertType;
import io.planwatch.streams.config.HttpConfig;
import io.planwatch.streams.metrics.PrometheusMetrics;
import io.planwatch.streams.runtime.StreamsHealth;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newHttpClient();
  private final StreamsHealth health = new StreamsHealth();
  private final PrometheusMetrics metrics = new PrometheusMetrics("planwatch-test");
  private final List<HttpRoutes> extraRoutes = new ArrayList<>();
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    metrics.close();
  }

  @Test
  void shouldAnswerReadyOnlyOnceRunningAndRestored() throws Exception {
    start(List.of());
    health.onChange(State.REBALANCING, State.CREATED);

    final HttpResponse<String> before = get("/health/ready");
    assertThat(before.statusCode()).isEqualTo(503);
    assertThat(json(before).get("state").asText()).isEqualTo("REBALANCING");
    assertThat(json(before).get("ready").asBoolean()).isFalse();

    health.onChange(State.RUNNING, State.REBALANCING);

    final HttpResponse<String> after = get("/health/ready");
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(json(after).get("state").asText()).isEqualTo("RUNNING");
  }

  @Test
  void shouldAnswerLiveUntilStreamsFail() throws Exception {
    start(List.of());
    health.onChange(State.REBALANCING, State.CREATED);
    assertThat(get("/health/live").statusCode()).isEqualTo(200);

    health.onChange(State.PENDING_ERROR, State.REBALANCING);
    health.onChange(State.ERROR, State.PENDING_ERROR);

    final HttpResponse<String> failed = get("/health/live");
    assertThat(failed.statusCode()).isEqualTo(503);
    assertThat(json(failed).get("state").asText()).isEqualTo("ERROR");
  }

  @Test
  void shouldServeTopologyAsJsonAndAsText() throws Exception {
    start(List.of());

    final JsonNode topology = json(get("/topology"));
    final JsonNode nodes = topology.get("subtopologies").get(0).get("nodes");
    assertThat(nodes.findValuesAsText("name"))
        .containsExactly("passthrough-sink", "passthrough-source");
    assertThat(nodes.get(1).get("type").asText()).isEqualTo("source");
    assertThat(nodes.get(1).get("topics").get(0).asText()).isEqualTo("planwatch.in");
    assertThat(nodes.get(0).get("topics").get(0).asText()).isEqualTo("planwatch.out");

    final HttpResponse<String> text = get("/topology?format=text");
    assertThat(text.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(text.body())
        .contains("Sub-topology: 0")
        .contains("Source: passthrough-source (topics: [planwatch.in])");
  }

  @Test
  void shouldRejectUnknownTopologyFormatWithJsonError() throws Exception {
    start(List.of());

    final HttpResponse<String> response = get("/topology?format=xml");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).isEqualTo("bad_request");
    assertThat(json(response).get("message").asText()).contains("format must be text or json");
  }

  @Test
  void shouldServePrometheusTextWithJvmAndDomainMeters() throws Exception {
    start(List.of());
    metrics.domain().alertEmitted(AlertType.PACE_LAG, AlertTransition.OPENED, AlertSeverity.HIGH);

    final HttpResponse<String> response = get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(response.body())
        .contains("jvm_memory_used_bytes")
        .contains("jvm_gc_")
        .contains("process_cpu_usage");
    assertThat(response.body().lines().filter(l -> l.startsWith("planwatch_alerts_emitted_total{")))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("application=\"planwatch-test\"")
                    .contains("transition=\"OPENED\"")
                    .contains("severity=\"HIGH\"")
                    .contains("type=\"PACE_LAG\"")
                    .endsWith(" 1.0"));
  }

  @Test
  void shouldAnswerUnknownPathWithJson404() throws Exception {
    start(List.of());

    final HttpResponse<String> response = get("/no-such-thing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void shouldMountRoutesGivenThroughTheHookAndAnswerTheirFailuresWithJson500() throws Exception {
    extraRoutes.add(routes -> routes.get("/api/echo", ctx -> ctx.result("echo")));
    extraRoutes.add(
        routes ->
            routes.get(
                "/api/broken",
                ctx -> {
                  throw new IllegalStateException("store not available");
                }));
    start(List.of());

    assertThat(get("/api/echo").body()).isEqualTo("echo");
    final HttpResponse<String> broken = get("/api/broken");
    assertThat(broken.statusCode()).isEqualTo(500);
    assertThat(json(broken).get("error").asText()).isEqualTo("internal_error");
    assertThat(json(broken).get("message").asText())
        .isEqualTo("IllegalStateException: store not available");
  }

  @Test
  void shouldSendNoCorsHeadersUnlessOriginsAreConfigured() throws Exception {
    start(List.of());

    assertThat(
            getFrom("/health/live", "https://dashboard.example.org")
                .headers()
                .firstValue("Access-Control-Allow-Origin"))
        .isEmpty();
  }

  @Test
  void shouldAllowAConfiguredOrigin() throws Exception {
    start(List.of("https://dashboard.example.org"));

    assertThat(
            getFrom("/health/live", "https://dashboard.example.org")
                .headers()
                .firstValue("Access-Control-Allow-Origin"))
        .contains("https://dashboard.example.org");
  }

  private void start(final List<String> corsOrigins) {
    final List<HttpRoutes> routes = new ArrayList<>();
    routes.add(new HealthRoutes(health::snapshot));
    routes.add(new MetricsRoutes(metrics::scrape));
    routes.add(new TopologyRoutes(passthrough().describe()));
    routes.addAll(extraRoutes);
    server = new HttpServer(new HttpConfig(0, corsOrigins), routes).start();
  }

  private static Topology passthrough() {
    final StreamsBuilder builder = new StreamsBuilder();
    builder.stream("planwatch.in", Consumed.as("passthrough-source"))
        .to("planwatch.out", Produced.as("passthrough-sink"));
    return builder.build();
  }

  private HttpResponse<String> get(final String path) throws IOException, InterruptedException {
    return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> getFrom(final String path, final String origin)
      throws IOException, InterruptedException {
    return client.send(
        request(path).header("Origin", origin).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(final String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).GET();
  }

  private static JsonNode json(final HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return JSON.readTree(response.body());
  }
}
