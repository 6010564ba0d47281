package io.planwatch.registry.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

/** Turns registry error responses and connection failures into typed exceptions. */
final class RegistryErrors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RegistryErrors() {}

  /** The typed exception for a non-2xx response ({@code {"error_code":…,"message":…}}). */
  static SchemaRegistryException fromResponse(URI base, HttpResponse<String> response) {
    int status = response.statusCode();
    int code = status;
    String message = response.body();
    try {
      JsonNode body = JSON.readTree(response.body());
      if (body != null && body.has("error_code")) {
        code = body.get("error_code").asInt(status);
        message = body.path("message").asText(message);
      }
    } catch (IOException notJson) {
      message = "HTTP " + status + " with a non-JSON body: " + abbreviate(response.body());
    }
    if (status == 401 || status == 403) {
      message =
          "schema registry at "
              + base
              + " refused the credentials (HTTP "
              + status
              + "): check basic.auth.credentials.source and basic.auth.user.info. "
              + message;
    }
    return SchemaRegistryException.of(
        status,
        code,
        message + " (" + response.request().method() + " " + response.uri().getPath() + ")");
  }

  /** The exception when no URL answered. */
  static RegistryUnreachableException unreachable(List<URI> urls, int attempts, Exception cause) {
    return new RegistryUnreachableException(
        "schema registry unreachable at "
            + urls
            + " after "
            + attempts
            + " attempt(s): "
            + (cause == null
                ? "no answer"
                : cause.getClass().getSimpleName() + " " + cause.getMessage())
            + ". Check that the registry is running, that schema.registry.url names it"
            + " (host and port) and that it is reachable from this machine"
            + (isTls(cause)
                ? "; for https, that "
                    + RegistryClientConfig.SSL_TRUSTSTORE_LOCATION
                    + " holds the CA that signed the registry's certificate and that the"
                    + " certificate names this host."
                : "."),
        cause);
  }

  private static boolean isTls(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof javax.net.ssl.SSLException) {
        return true;
      }
    }
    return false;
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
