package io.planwatch.streams.config;

import java.util.List;

/**
 * The HTTP server of the app (REST API, health, metrics, topology).
 *
 * @param port 0 binds any free port (tests)
 * @param corsAllowedOrigins origins allowed to call the API from a browser; empty turns CORS off
 */
public record HttpConfig(int port, List<String> corsAllowedOrigins) {

  public HttpConfig {
    corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
  }
}
