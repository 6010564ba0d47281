package io.planwatch.streams.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planwatch.domain.catalogue.Catalogue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Waits until the app holds the whole catalogue (regions, indicators, targets), asking its own
 * query API. An observation that reaches the app before its indicator or region would be
 * dead-lettered as unknown, so the demo publishes figures only after this.
 */
final class ReferenceDataWait {
  private static final Duration POLL = Duration.ofMillis(500);

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final String baseUrl;

  ReferenceDataWait(int httpPort) {
    this.baseUrl = "http://localhost:" + httpPort + "/api/v1/";
  }

  /**
   * @return whether the app held the whole catalogue within {@code max}
   */
  boolean await(Catalogue catalogue, Duration max) throws InterruptedException {
    final Map<String, Integer> expected =
        Map.of(
            "regions", catalogue.regions().size(),
            "indicators", catalogue.indicators().size(),
            "targets", catalogue.targets().size());
    final long deadline = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < deadline) {
      if (expected.entrySet().stream().allMatch(e -> total(e.getKey()) >= e.getValue())) {
        return true;
      }
      Thread.sleep(POLL.toMillis());
    }
    return false;
  }

  /** The {@code total} of a list resource, or -1 while the app cannot answer yet. */
  private int total(String resource) throws IllegalStateException {
    try {
      final HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(baseUrl + resource))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        return -1;
      }
      final JsonNode total = json.readTree(response.body()).path("total");
      return total.isInt() ? total.intValue() : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
