package io.planwatch.streams.runtime;

import io.planwatch.streams.api.HealthRoutes;
import io.planwatch.streams.api.HealthSnapshot;
import io.planwatch.streams.api.HttpRoutes;
import io.planwatch.streams.api.HttpServer;
import io.planwatch.streams.api.MetricsRoutes;
import io.planwatch.streams.api.TopologyRoutes;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.streams.metrics.PrometheusMetrics;
import io.planwatch.streams.topology.PaceStreamsDefaults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app put together from a validated {@link AppConfig} and a {@link TopologyFactory}: metrics,
 * the {@link StreamsRunner}, and the HTTP server with health, metrics, topology and any extra
 * routes (the query API). Building it creates everything; {@link #start()} opens the HTTP port and
 * starts processing; {@link #awaitTermination()} blocks until {@link #close()} or a fatal error and
 * returns the exit code for {@code main}.
 */
public final class StreamsApp implements AutoCloseable {

  /** Exit code after a normal shutdown. */
  public static final int EXIT_OK = 0;

  /** Exit code after the streams failed (state ERROR). */
  public static final int EXIT_FATAL = 1;

  private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);

  private final AppConfig config;
  private final PrometheusMetrics metrics;
  private final DeadLetterProducer deadLetters;
  private final StreamsRunner runner;
  private final Properties streamsProperties;
  private final TopologyDescription topologyDescription;
  private final HttpServer http;
  private final CountDownLatch terminated = new CountDownLatch(1);
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile int exitCode = EXIT_OK;

  private StreamsApp(final Builder builder) {
    this.config = builder.config;
    this.metrics = new PrometheusMetrics(config.applicationId());
    this.deadLetters = new DeadLetterProducer(config);
    try {
      final Topology topology = builder.topologyFactory.build(config, metrics.domain());
      this.streamsProperties = config.toStreamsProperties(streamsDefaults(builder));
      this.topologyDescription = topology.describe();
      this.runner =
          new StreamsRunner(
              topology,
              streamsProperties,
              new StreamsHealth(config.processing().restoreStallTimeout()),
              this::onFatalError,
              config.processing().closeTimeout());
      metrics.bindStreams(runner.streams());
      final List<HttpRoutes> routes = new ArrayList<>();
      routes.add(new HealthRoutes(runner.health()::snapshot));
      routes.add(new MetricsRoutes(metrics::scrape));
      routes.add(new TopologyRoutes(topology.describe()));
      builder.routes.forEach(factory -> routes.add(factory.apply(runner.streams())));
      this.http = new HttpServer(config.http(), routes);
    } catch (final RuntimeException e) {
      deadLetters.close();
      metrics.close();
      throw e;
    }
  }

  /**
   * The builder's defaults, then the topology's own (its exception handlers), and the app's
   * dead-letter producer; configured values still win over all of them.
   */
  private Map<String, Object> streamsDefaults(final Builder builder) {
    final Map<String, Object> defaults = new LinkedHashMap<>(builder.streamsDefaults);
    defaults.putIfAbsent(PaceStreamsDefaults.DEAD_LETTER_SINK, deadLetters);
    builder
        .topologyFactory
        .streamsDefaults(config, metrics.domain())
        .forEach(defaults::putIfAbsent);
    return defaults;
  }

  public static Builder builder(final AppConfig config, final TopologyFactory topologyFactory) {
    return new Builder(config, topologyFactory);
  }

  /**
   * Deletes local state so every store is rebuilt from its changelog: the explicit operator reset,
   * before {@link #start()}.
   */
  public void resetLocalState() {
    runner.cleanUpLocalState();
  }

  /**
   * Opens the HTTP port first (health answers during restoration), aborts hanging transactions on
   * the app's partitions (they would stall restoration forever), then starts processing.
   */
  public void start() {
    LOG.info("Starting with {}", config);
    http.start();
    HangingTransactions.beforeStart(
        config.clientProperties(), streamsProperties, topologyDescription);
    runner.start();
  }

  /**
   * Blocks until the app is closed or the streams fail.
   *
   * @return {@link #EXIT_OK} or {@link #EXIT_FATAL}
   */
  public int awaitTermination() throws InterruptedException {
    terminated.await();
    return exitCode;
  }

  /**
   * Closes streams (leaving the group), then the dead-letter producer, the HTTP server and metrics.
   * Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      runner.close();
      deadLetters.close();
      http.close();
      metrics.close();
    } finally {
      terminated.countDown();
    }
  }

  public HealthSnapshot health() {
    return runner.health().snapshot();
  }

  /** The port the HTTP server bound, once started. */
  public int httpPort() {
    return http.port();
  }

  /** The streams instance, for interactive queries. */
  public KafkaStreams streams() {
    return runner.streams();
  }

  public DomainMetrics domainMetrics() {
    return metrics.domain();
  }

  private void onFatalError(final Throwable cause) {
    LOG.error("Kafka Streams failed; the app stops with exit code {}", EXIT_FATAL, cause);
    exitCode = EXIT_FATAL;
    terminated.countDown();
  }

  /** Options of the app beyond config and topology. */
  public static final class Builder {
    private final AppConfig config;
    private final TopologyFactory topologyFactory;
    private final Map<String, Object> streamsDefaults = new LinkedHashMap<>();
    private final List<Function<KafkaStreams, HttpRoutes>> routes = new ArrayList<>();

    private Builder(final AppConfig config, final TopologyFactory topologyFactory) {
      this.config = config;
      this.topologyFactory = topologyFactory;
    }

    /**
     * A streams property the topology needs by default, such as {@code
     * deserialization.exception.handler}; configured values still win.
     */
    public Builder streamsDefault(final String key, final Object value) {
      streamsDefaults.put(key, value);
      return this;
    }

    /** Extra routes built from the streams instance, e.g. the interactive-query API. */
    public Builder routes(final Function<KafkaStreams, HttpRoutes> factory) {
      routes.add(factory);
      return this;
    }

    public StreamsApp build() {
      return new StreamsApp(this);
    }
  }
}
