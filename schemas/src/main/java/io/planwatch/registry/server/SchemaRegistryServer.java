package io.planwatch.registry.server;

import com.sun.net.httpserver.HttpServer;
import io.planwatch.registry.store.SchemaStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embeddable, in-memory schema registry speaking the Confluent REST subset planwatch and
 * standard Confluent clients use. Built on the JDK's own {@code com.sun.net.httpserver} (no extra
 * dependency, enough for a registry whose traffic is a few cached look-ups per client). Schemas
 * live in memory and are lost on close. Thread-safe.
 */
public final class SchemaRegistryServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final RegistryServerOptions options;
  private final SchemaStore store = new SchemaStore();
  private HttpServer server;
  private ExecutorService executor;

  public SchemaRegistryServer(RegistryServerOptions options) {
    this.options = options;
  }

  /** A server on a port (0 = a free one), without authentication. */
  public SchemaRegistryServer(int port) {
    this(RegistryServerOptions.onPort(port));
  }

  /** Binds the port and starts serving; returns this. */
  public synchronized SchemaRegistryServer start() {
    if (server != null) {
      throw new IllegalStateException("already started on port " + port());
    }
    try {
      server = HttpServer.create(new InetSocketAddress(options.port()), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on port " + options.port() + " (in use? try --port 0)", e);
    }
    executor =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "schema-registry-http-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", new RegistryHttpHandler(new RegistryRoutes(store), authorization()));
    server.start();
    LOG.info("schema registry listening on {}", url());
    return this;
  }

  /** The port bound (useful with port 0). */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    return server.getAddress().getPort();
  }

  /** The base URL, e.g. {@code http://localhost:8081}. */
  public String url() {
    return "http://localhost:" + port();
  }

  /** Stops serving; idempotent. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
      LOG.info("schema registry stopped");
    }
  }

  private String authorization() {
    String userInfo = options.basicAuthUserInfo();
    return userInfo == null
        ? null
        : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
  }
}
