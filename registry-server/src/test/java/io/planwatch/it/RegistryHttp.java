package io.planwatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * The registry seen as a foreign client sees it: plain HTTP against the Confluent REST API, no
 * planwatch client code, so the ITs check the wire contract and not our client's view of it.
 */
final class RegistryHttp {
  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;

  RegistryHttp(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** {@code GET /subjects}. */
  List<String> subjects() throws IOException, InterruptedException {
    List<String> subjects = new ArrayList<>();
    get("/subjects").forEach(node -> subjects.add(node.asText()));
    return subjects;
  }

  /** {@code GET /subjects/{subject}/versions/latest}, the {@code id} field. */
  int latestId(String subject) throws IOException, InterruptedException {
    return get("/subjects/" + encode(subject) + "/versions/latest").get("id").asInt();
  }

  /** {@code GET /schemas/ids/{id}}, the {@code schema} field parsed. */
  Schema schemaById(int id) throws IOException, InterruptedException {
    return new Schema.Parser().parse(get("/schemas/ids/" + id).get("schema").asText());
  }

  /** {@code POST /compatibility/subjects/{subject}/versions/latest}, {@code is_compatible}. */
  boolean isCompatibleWithLatest(String subject, Schema schema)
      throws IOException, InterruptedException {
    String body = JSON.writeValueAsString(Map.of("schema", schema.toString()));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    baseUrl + "/compatibility/subjects/" + encode(subject) + "/versions/latest"))
            .header("Content-Type", CONTENT_TYPE)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return send(request).get("is_compatible").asBoolean();
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Accept", CONTENT_TYPE)
            .GET()
            .build();
    return send(request);
  }

  private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          request.method()
              + " "
              + request.uri()
              + " -> "
              + response.statusCode()
              + " "
              + response.body());
    }
    return JSON.readTree(response.body());
  }

  private static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8);
  }
}
