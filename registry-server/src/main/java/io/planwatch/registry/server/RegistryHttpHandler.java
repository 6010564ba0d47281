package io.planwatch.registry.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.planwatch.registry.client.SchemaRegistryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP plumbing of the registry server: basic auth, reading the JSON body, decoding the path,
 * writing the reply in the registry content type, and turning typed registry exceptions into
 * Confluent's {@code {"error_code":…,"message":…}} bodies with the matching HTTP status.
 */
final class RegistryHttpHandler implements HttpHandler {
  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final Logger LOG = LoggerFactory.getLogger(RegistryHttpHandler.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RegistryRoutes routes;
  private final RegistryUsers users;

  /**
   * @param routes the REST routes
   * @param users the users whose basic-auth credentials are required, or null for none
   */
  RegistryHttpHandler(RegistryRoutes routes, RegistryUsers users) {
    this.routes = routes;
    this.users = users;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      write(exchange, answer(exchange));
    }
  }

  private Reply answer(HttpExchange exchange) {
    if (users != null && !users.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
      exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"schema-registry\"");
      return Reply.error(401, 401, "Unauthorized: valid basic-auth credentials are required");
    }
    try {
      JsonNode body = readBody(exchange.getRequestBody());
      return routes.handle(
          exchange.getRequestMethod(),
          segments(exchange.getRequestURI().getRawPath()),
          query(exchange.getRequestURI().getRawQuery()),
          body);
    } catch (SchemaRegistryException e) {
      return Reply.error(httpStatus(e), e.errorCode(), e.getMessage());
    } catch (IOException e) {
      return Reply.error(422, 42201, "Invalid schema: the body is not JSON: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.error(
          "registry request {} {} failed",
          exchange.getRequestMethod(),
          exchange.getRequestURI(),
          e);
      return Reply.error(500, SchemaRegistryException.INTERNAL_ERROR, "Internal error: " + e);
    }
  }

  private static int httpStatus(SchemaRegistryException e) {
    return e.httpStatus() > 0 ? e.httpStatus() : 500;
  }

  private static JsonNode readBody(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    return bytes.length == 0 ? null : JSON.readTree(bytes);
  }

  private static List<String> segments(String rawPath) {
    return Arrays.stream(rawPath.split("/"))
        .filter(s -> !s.isEmpty())
        .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8))
        .toList();
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> query = new HashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        query.put(
            URLDecoder.decode(key, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    }
    return query;
  }

  private static void write(HttpExchange exchange, Reply reply) throws IOException {
    byte[] bytes =
        reply.raw()
            ? reply.body().toString().getBytes(StandardCharsets.UTF_8)
            : JSON.writeValueAsBytes(reply.body());
    exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
