package io.planwatch.streams.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.streams.api.HttpServer;
import io.planwatch.streams.config.HttpConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's routes on the app's HTTP server: its files, the WebJars and the alert feed. */
class DashboardRoutesTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final AlertStream stream = new AlertStream(2);
  private HttpServer server;

  @BeforeEach
  void start() {
    server =
        new HttpServer(new HttpConfig(0, List.of()), List.of(Dashboard.routes(stream))).start();
  }

  @AfterEach
  void stop() {
    stream.close();
    server.close();
  }

  @Test
  void shouldServeThePageAtTheRootAsUtf8Html() throws Exception {
    final HttpResponse<String> page = get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
        .isEqualToIgnoringCase("text/html;charset=utf-8");
    assertThat(page.body()).contains("<script type=\"module\" src=\"/assets/js/main.js\">");
  }

  @Test
  void shouldServeModulesAsJavaScriptAndEchartsFromItsWebJar() throws Exception {
    assertThat(get("/assets/js/main.js").headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/javascript");
    final HttpResponse<String> echarts = get("/webjars/echarts/5.3.1/dist/echarts.esm.min.js");
    assertThat(echarts.statusCode()).isEqualTo(200);
    assertThat(echarts.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("immutable"));
  }

  @Test
  void shouldAnswerNotFoundForMissingFilesAndPathsOutOfTheirFolder() throws Exception {
    assertThat(get("/assets/js/missing.js").statusCode()).isEqualTo(404);
    // Jetty itself rejects an encoded climb (400); either way nothing is served.
    assertThat(get("/assets/..%2Fopenapi%2Fplanwatch-api.yaml").statusCode()).isIn(400, 404);
    assertThat(get("/webjars/..%2F..%2Flogback.xml").statusCode()).isIn(400, 404);
    assertThat(get("/assets/js/../../openapi/planwatch-api.yaml").statusCode()).isIn(400, 404);
  }

  @Test
  void shouldReplayTheKeptAlertsThenPushNewOnesToAConnectedBrowser() throws Exception {
    stream.accept(event("0-1", "OPENED"));
    stream.accept(event("0-2", "ESCALATED"));
    stream.accept(event("0-3", "DOWNGRADED")); // capacity 2: the first is no longer kept

    final HttpResponse<java.io.InputStream> feed =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + Dashboard.FEED))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(feed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(feed.body(), StandardCharsets.UTF_8))) {
      final List<String> ids = new ArrayList<>(List.of(readEventId(lines), readEventId(lines)));
      stream.accept(event("1-7", "RESOLVED"));
      ids.add(readEventId(lines));

      assertThat(ids).containsExactly("0-2", "0-3", "1-7");
    }
  }

  private static String readEventId(final BufferedReader lines) throws Exception {
    String line;
    String id = null;
    String name = null;
    while ((line = lines.readLine()) != null && !(line.isEmpty() && id != null)) {
      if (line.startsWith("id:")) {
        id = line.substring(3).trim();
      } else if (line.startsWith("event:")) {
        name = line.substring(6).trim();
      }
    }
    assertThat(name).isEqualTo(AlertStream.EVENT);
    return id;
  }

  private static AlertEvent event(final String id, final String transition) {
    return new AlertEvent(
        id,
        "a1",
        "002.shenyang.industrial_value_added.growth.2022",
        2022,
        "PACE_LAG",
        transition,
        !transition.equals("RESOLVED"),
        "HIGH",
        "CRITICAL",
        "210100",
        "沈阳市",
        "Shenyang",
        "industrial_value_added",
        "规模以上工业增加值",
        "Industrial value added",
        "文本",
        "text",
        "2022-07-15T10:00+08:00");
  }

  private HttpResponse<String> get(final String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String base() {
    return "http://localhost:" + server.port();
  }
}
