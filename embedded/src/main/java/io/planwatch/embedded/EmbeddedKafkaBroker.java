package io.planwatch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one node), running in
 * this JVM from the Apache Kafka artifacts.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker =
 *     EmbeddedKafkaBroker.builder().dataDir(Path.of("data/kafka")).build().start()) {
 *   String bootstrap = broker.bootstrapServers();
 * }
 * }</pre>
 *
 * <p>The data directory is formatted on the first start and reused afterwards, so a restart resumes
 * with the same cluster id, topics and records. Without a data directory the broker runs on a
 * temporary one that {@link #close()} deletes. Ports given as 0 are resolved to free ports when the
 * broker is built, so {@link #bootstrapServers()} is known before {@link #start()}.
 *
 * <p>Start-up, measured on a 2-core machine: about 3 s in a fresh JVM (class loading) and 0.3 to 1
 * s for a further broker in the same JVM; under heavy CPU contention a cold start took up to 17 s,
 * hence the 120 s default bound. Shutdown takes 0.2 to 1.5 s.
 *
 * <p>Like any Kafka node, the broker ends the JVM on a fatal fault of its own (Kafka's {@code
 * ProcessTerminatingFaultHandler}), e.g. a corrupt metadata log; an embedded broker is
 * infrastructure, and the process fails fast with it.
 *
 * <p>{@link #close()} is idempotent and waits for a {@link #start()} in progress (a shutdown hook
 * may close while {@code main} is still starting).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

  private final BrokerSettings settings;
  private final boolean temporaryDataDir;
  private KafkaRaftServer server;
  private DataDirLock dataDirLock;
  private String clusterId;
  private boolean closed;

  private EmbeddedKafkaBroker(BrokerSettings settings, boolean temporaryDataDir) {
    this.settings = settings;
    this.temporaryDataDir = temporaryDataDir;
  }

  /** A builder with the defaults: free ports, a temporary data directory, no auto-creation. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Formats the data directory if needed, starts the node and blocks until it answers an admin
   * request.
   *
   * @return this broker, running
   * @throws IllegalStateException if it is already started or closed, or does not become ready
   *     within the start-up timeout; the half-started node is shut down first
   */
  public synchronized EmbeddedKafkaBroker start() {
    if (closed) {
      throw new IllegalStateException("Broker " + bootstrapServers() + " is closed");
    }
    if (server != null) {
      throw new IllegalStateException("Broker " + bootstrapServers() + " is already started");
    }
    long begin = System.nanoTime();
    dataDirLock = DataDirLock.acquire(settings.dataDir());
    try {
      clusterId =
          KraftStorage.formatOrReuse(
              settings.dataDir(), settings.nodeId(), BrokerProperties.CONTROLLER_LISTENER);
      KafkaConfig config = new KafkaConfig(BrokerProperties.of(settings), false);
      server = new KafkaRaftServer(config, Time.SYSTEM);
      server.startup();
      BrokerReadiness.await(
          settings.bootstrapServers(), clusterId, remaining(begin, settings.startupTimeout()));
    } catch (RuntimeException e) {
      LOG.error("Kafka broker on {} failed to start; shutting it down", bootstrapServers(), e);
      stopServer();
      throw e;
    }
    LOG.info(
        "Kafka {} broker ready on {} (cluster {}, data {}) in {} ms",
        kafkaVersion(),
        bootstrapServers(),
        clusterId,
        settings.dataDir(),
        Duration.ofNanos(System.nanoTime() - begin).toMillis());
    return this;
  }

  /** {@code host:port} of the broker listener; known from construction on. */
  public String bootstrapServers() {
    return settings.bootstrapServers();
  }

  /** The port of the client listener. */
  public int port() {
    return settings.listenerPort();
  }

  /** The port of the controller listener. */
  public int controllerPort() {
    return settings.controllerPort();
  }

  /** The data directory (log dirs and metadata log). */
  public Path dataDir() {
    return settings.dataDir();
  }

  /** The cluster id read from or written to {@code meta.properties}; empty before start. */
  public synchronized Optional<String> clusterId() {
    return Optional.ofNullable(clusterId);
  }

  /** Whether {@link #start()} succeeded and {@link #close()} has not been called. */
  public synchronized boolean isRunning() {
    return server != null && !closed;
  }

  /**
   * Shuts the node down and waits at most the shutdown timeout; a temporary data directory is
   * deleted. Calling it again does nothing.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stopServer();
    if (temporaryDataDir) {
      try {
        Utils.delete(settings.dataDir().toFile());
      } catch (IOException e) {
        LOG.warn("Could not delete temporary Kafka data directory {}", settings.dataDir(), e);
      }
    }
  }

  private void stopServer() {
    KafkaRaftServer running = server;
    server = null;
    if (running == null) {
      releaseDataDir();
      return;
    }
    long begin = System.nanoTime();
    Thread stopper =
        new Thread(
            () -> {
              running.shutdown();
              running.awaitShutdown();
            },
            "embedded-kafka-shutdown-" + settings.listenerPort());
    stopper.setDaemon(true);
    stopper.start();
    try {
      stopper.join(settings.shutdownTimeout().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (stopper.isAlive()) {
      // The data directory stays locked: the node may still write to it.
      LOG.warn(
          "Kafka broker on {} did not shut down within {}; leaving it to its daemon thread",
          bootstrapServers(),
          settings.shutdownTimeout());
    } else {
      releaseDataDir();
      LOG.info(
          "Kafka broker on {} shut down in {} ms",
          bootstrapServers(),
          Duration.ofNanos(System.nanoTime() - begin).toMillis());
    }
  }

  private void releaseDataDir() {
    if (dataDirLock != null) {
      dataDirLock.close();
      dataDirLock = null;
    }
  }

  private static Duration remaining(long beginNanos, Duration timeout) {
    Duration left = timeout.minusNanos(System.nanoTime() - beginNanos);
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static String kafkaVersion() {
    return AppInfoParser.getVersion();
  }

  /** Builds an {@link EmbeddedKafkaBroker}; every setting has a single-machine default. */
  public static final class Builder {
    private String host = "localhost";
    private int nodeId = 1;
    private int port;
    private int controllerPort;
    private Path dataDir;
    private boolean autoCreateTopics;
    private int numPartitions = 1;
    private Duration startupTimeout = Duration.ofSeconds(120);
    private Duration shutdownTimeout = Duration.ofSeconds(30);
    private final Map<String, String> overrides = new LinkedHashMap<>();

    private Builder() {}

    /** Host name of both listeners, advertised to clients; default {@code localhost}. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** Node id written into {@code meta.properties}; default 1. */
    public Builder nodeId(int nodeId) {
      this.nodeId = requireAtLeast(nodeId, 0, "nodeId");
      return this;
    }

    /** Client listener port; 0 (the default) picks a free one. Kafka's usual is 9092. */
    public Builder port(int port) {
      this.port = requirePort(port, "port");
      return this;
    }

    /** Controller listener port; 0 (the default) picks a free one. */
    public Builder controllerPort(int controllerPort) {
      this.controllerPort = requirePort(controllerPort, "controllerPort");
      return this;
    }

    /** Data directory, formatted on first start and reused after; default a temporary one. */
    public Builder dataDir(Path dataDir) {
      this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
      return this;
    }

    /** Whether producing to an unknown topic creates it; default {@code false}. */
    public Builder autoCreateTopics(boolean autoCreateTopics) {
      this.autoCreateTopics = autoCreateTopics;
      return this;
    }

    /** Partitions of a topic created without a count; default 1. */
    public Builder numPartitions(int numPartitions) {
      this.numPartitions = requireAtLeast(numPartitions, 1, "numPartitions");
      return this;
    }

    /** How long {@link EmbeddedKafkaBroker#start()} may take; default 120 s. */
    public Builder startupTimeout(Duration startupTimeout) {
      this.startupTimeout = requirePositive(startupTimeout, "startupTimeout");
      return this;
    }

    /** How long {@link EmbeddedKafkaBroker#close()} waits for the shutdown; default 30 s. */
    public Builder shutdownTimeout(Duration shutdownTimeout) {
      this.shutdownTimeout = requirePositive(shutdownTimeout, "shutdownTimeout");
      return this;
    }

    /** Any Kafka server property; applied last, so it overrides the defaults above. */
    public Builder config(String key, String value) {
      overrides.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, key));
      return this;
    }

    /** Resolves free ports and the data directory; the broker is not started yet. */
    public EmbeddedKafkaBroker build() {
      boolean temporary = dataDir == null;
      Path dir = temporary ? createTemporaryDataDir() : dataDir.toAbsolutePath().normalize();
      int listener = FreePort.resolve(host, port);
      int controller = FreePort.resolve(host, controllerPort);
      while (controller == listener) {
        if (controllerPort != 0) {
          throw new IllegalArgumentException(
              "port and controllerPort must differ, both are " + listener);
        }
        controller = FreePort.resolve(host, 0);
      }
      BrokerSettings settings =
          new BrokerSettings(
              host,
              nodeId,
              listener,
              controller,
              dir,
              autoCreateTopics,
              numPartitions,
              startupTimeout,
              shutdownTimeout,
              overrides);
      return new EmbeddedKafkaBroker(settings, temporary);
    }

    private static Path createTemporaryDataDir() {
      try {
        return Files.createTempDirectory("planwatch-kafka-");
      } catch (IOException e) {
        throw new UncheckedIOException("Could not create a temporary Kafka data directory", e);
      }
    }

    private static int requirePort(int port, String name) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException(name + " must be 0..65535, was " + port);
      }
      return port;
    }

    private static int requireAtLeast(int value, int min, String name) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
      }
      return value;
    }

    private static Duration requirePositive(Duration duration, String name) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + duration);
      }
      return duration;
    }
  }
}
