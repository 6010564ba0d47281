package io.planwatch.registry.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Sends Confluent REST requests: JSON in the registry's content type, basic auth, timeouts,
 * fail-over across the configured URLs, and bounded exponential backoff on 5xx responses and
 * connection errors (never on 4xx, which are the caller's mistake and come back as typed exceptions
 * at once).
 */
final class RegistryHttpTransport {
  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RegistryClientConfig config;
  private final List<URI> baseUrls;
  private final String authorization;
  private final HttpClient http;

  RegistryHttpTransport(RegistryClientConfig config) {
    this.config = config;
    this.baseUrls = config.urls().stream().map(RegistryHttpTransport::withoutUserInfo).toList();
    this.authorization =
        config.credentials() == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString(config.credentials().getBytes(StandardCharsets.UTF_8));
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(config.connectTimeout());
    if (config.trustStore() != null) {
      builder.sslContext(config.trustStore().sslContext());
    }
    this.http = builder.build();
  }

  /** Sends a request to the first URL that answers; returns the parsed JSON body. */
  JsonNode send(String method, String pathAndQuery, Object body) {
    String payload = body == null ? null : write(body);
    Duration backoff = config.retryBackoff();
    Exception lastConnectionError = null;
    SchemaRegistryException lastServerError = null;
    for (int attempt = 0; attempt <= config.maxRetries(); attempt++) {
      if (attempt > 0) {
        sleep(backoff);
        backoff = min(backoff.multipliedBy(2), config.maxRetryBackoff());
      }
      for (URI base : baseUrls) {
        try {
          HttpResponse<String> response =
              http.send(
                  request(base, method, pathAndQuery, payload),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          if (response.statusCode() < 300) {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
          }
          SchemaRegistryException error = RegistryErrors.fromResponse(base, response);
          if (response.statusCode() < 500) {
            throw error;
          }
          lastServerError = error;
        } catch (IOException e) {
          lastConnectionError = e;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new RegistryUnreachableException("interrupted while calling " + base, e);
        }
      }
    }
    if (lastServerError != null) {
      throw lastServerError;
    }
    throw RegistryErrors.unreachable(baseUrls, config.maxRetries() + 1, lastConnectionError);
  }

  private HttpRequest request(URI base, String method, String pathAndQuery, String payload) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + pathAndQuery))
            .timeout(config.requestTimeout())
            .header("Accept", CONTENT_TYPE);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (payload == null) {
      return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return builder
        .header("Content-Type", CONTENT_TYPE)
        .method(method, HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
        .build();
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write request body " + body, e);
    }
  }

  private static void sleep(Duration backoff) {
    try {
      Thread.sleep(backoff.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryUnreachableException("interrupted while waiting to retry", e);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static URI withoutUserInfo(URI uri) {
    try {
      return new URI(
          uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad registry URL " + uri, e);
    }
  }
}
