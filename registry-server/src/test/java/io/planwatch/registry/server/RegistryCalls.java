package io.planwatch.registry.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP calls to a registry, as any language's client makes them. */
final class RegistryCalls {
  static final String TYPE = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  RegistryCalls(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  record Reply(int status, JsonNode body, String contentType) {}

  /** A call with a JSON body (a map or list for Jackson), or none when {@code body} is null. */
  Reply call(String method, String path, Object body) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", TYPE);
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(
        response.statusCode(),
        JSON.readTree(response.body()),
        response.headers().firstValue("Content-Type").orElse(null));
  }
}
