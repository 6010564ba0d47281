package io.planwatch.registry.server;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.planwatch.registry.store.SchemaStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embeddable schema registry speaking the Confluent REST subset planwatch and standard Confluent
 * clients use, over HTTP or HTTPS ({@link RegistryServerOptions#withTls}), anonymous or with basic
 * auth for the users of a users file ({@link RegistryUsers}). Built on the JDK's own {@code
 * com.sun.net.httpserver} (no extra dependency, enough for a registry whose traffic is a few cached
 * look-ups per client). Thread-safe.
 *
 * <p>What survives a restart depends on {@link RegistryServerOptions#dataDirectory()}:
 *
 * <ul>
 *   <li>none: everything lives in memory and is lost on {@link #close()} (tests, throw-away runs);
 *   <li>a directory: every registered version (subject, version, global schema id, schema), every
 *       compatibility level (global and per subject) and every deleted subject is appended to
 *       {@code schemas.jsonl} there and forced to disk before the HTTP response is sent; {@link
 *       #start()} replays it, so records already on Kafka topics, which carry schema ids in their
 *       wire-format header, resolve to the same schemas after a restart. {@code registry.lock} in
 *       the directory keeps a second registry out while this one runs. Look-ups and compatibility
 *       tests are not journalled: they change nothing.
 * </ul>
 */
public final class SchemaRegistryServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final RegistryServerOptions options;
  private SchemaStore store;
  private HttpServer server;
  private ExecutorService executor;

  public SchemaRegistryServer(RegistryServerOptions options) {
    this.options = options;
    this.store = options.dataDirectory() == null ? new SchemaStore() : null;
  }

  /** A server on a port (0 = a free one), without authentication. */
  public SchemaRegistryServer(int port) {
    this(RegistryServerOptions.onPort(port));
  }

  /**
   * Opens the data directory (replaying its journal), binds the port and starts serving; returns
   * this.
   *
   * @throws io.planwatch.registry.store.RegistryStorageException when the data directory is used by
   *     another registry or its journal is corrupt (file and line named)
   * @throws UncheckedIOException when the port cannot be bound
   */
  public synchronized SchemaRegistryServer start() {
    if (server != null) {
      throw new IllegalStateException("already started on port " + port());
    }
    if (options.dataDirectory() != null) {
      store = SchemaStore.open(options.dataDirectory());
    }
    RegistryUsers users;
    try {
      users = users();
      server = bind();
    } catch (IOException e) {
      closeDurableStore();
      throw new UncheckedIOException(
          "cannot listen on port " + options.port() + " (in use? try --port 0)", e);
    } catch (RuntimeException e) {
      closeDurableStore();
      throw e;
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
    server.createContext("/", new RegistryHttpHandler(new RegistryRoutes(store), users));
    server.start();
    LOG.info(
        "schema registry listening on {}, schemas {}, {}",
        url(),
        store.journalFile().map(f -> "journalled in " + f).orElse("in memory only"),
        users == null ? "no authentication" : "basic auth for " + users.names());
    return this;
  }

  private HttpServer bind() throws IOException {
    InetSocketAddress address = new InetSocketAddress(options.port());
    if (!options.tls()) {
      return HttpServer.create(address, 50);
    }
    HttpsServer https = HttpsServer.create(address, 50);
    https.setHttpsConfigurator(new HttpsConfigurator(ServerTls.sslContext(options)));
    return https;
  }

  private RegistryUsers users() {
    if (options.usersFile() != null) {
      return RegistryUsers.load(options.usersFile());
    }
    return options.basicAuthUserInfo() == null
        ? null
        : RegistryUsers.single(options.basicAuthUserInfo());
  }

  /** The port bound (useful with port 0). */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    return server.getAddress().getPort();
  }

  /** The base URL, e.g. {@code http://localhost:8081} or {@code https://localhost:8081}. */
  public String url() {
    return (options.tls() ? "https" : "http") + "://localhost:" + port();
  }

  /** Stops serving; idempotent. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
      awaitRequestsInFlight();
      closeDurableStore();
      LOG.info("schema registry stopped");
    }
  }

  /** Lets a registration being written finish its journal line before the journal closes. */
  private void awaitRequestsInFlight() {
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("schema registry: requests still running after 5 s; closing the store anyway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeDurableStore() {
    if (options.dataDirectory() != null && store != null) {
      store.close();
      store = null;
    }
  }
}
