package io.planwatch.registry.client;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny JDK HTTP server for client tests: answers with scripted (status, body) pairs in order,
 * repeating the last one, and records every request it saw.
 */
final class ScriptedHttpServer implements AutoCloseable {
  record Seen(String method, String path, String contentType, String accept, String body) {}

  record Answer(int status, String body) {}

  private final HttpServer server;
  private final Deque<Answer> script;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  ScriptedHttpServer(List<Answer> answers) throws IOException {
    this.script = new ArrayDeque<>(answers);
    this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 10);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            seen.add(
                new Seen(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Accept"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Answer answer = next();
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange
                .getResponseHeaders()
                .set("Content-Type", "application/vnd.schemaregistry.v1+json");
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
        });
    server.start();
  }

  private synchronized Answer next() {
    return script.size() > 1 ? script.poll() : script.peek();
  }

  String url() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  List<Seen> seen() {
    return seen;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
