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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app put together from a validated {@link AppConfig} and a {@link TopologyFactory}: metrics,
 * the {@link StreamsRunner}, and the HTTP server with health, metrics, topology and any extra
 * routes (the query API). Building it creates everything; {@link #start()} opens the HTTP port,
 * runs the start-up steps on the start-up thread and then starts processing; {@link
 * #awaitTermination()} blocks until {@link #close()} or a fatal error and returns the exit code for
 * {@code main}.
 *
 * <p>Start-up steps ({@link StartupStep}), in order: create the topics the app owns ({@link
 * OwnTopicsStep}), wait for the topics it reads ({@link InputTopicsStep}), then those added with
 * {@link Builder#startupStep}, and last the abort of hanging transactions ({@link
 * HangingTransactions}). Meanwhile the app is live and not ready, and says why. Once the streams
 * run, a {@link BacklogMonitor} measures how far behind the app is.
 */
public final class StreamsApp implements AutoCloseable {

  /** Exit code after a normal shutdown. */
  public static final int EXIT_OK = 0;

  /** Exit code after the streams failed (state ERROR). */
  public static final int EXIT_FATAL = 1;

  private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);
  private static final Duration DEFAULT_BACKLOG_INTERVAL = Duration.ofSeconds(2);

  private final AppConfig config;
  private final PrometheusMetrics metrics;
  private final DeadLetterProducer deadLetters;
  private final StreamsRunner runner;
  private final HttpServer http;
  private final Admin admin;
  private final List<StartupStep> startupSteps;
  private final StartupContext startupContext;
  private final BacklogMonitor backlog;
  private final Thread startup;
  private final CountDownLatch terminated = new CountDownLatch(1);
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile int exitCode = EXIT_OK;

  private StreamsApp(final Builder builder) {
    this.config = builder.config;
    this.metrics = new PrometheusMetrics(config.applicationId());
    this.deadLetters = new DeadLetterProducer(config);
    this.admin = Admin.create(config.clientProperties());
    try {
      final Topology topology = builder.topologyFactory.build(config, metrics.domain());
      final Properties streamsProperties = config.toStreamsProperties(streamsDefaults(builder));
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
      this.startupSteps = new ArrayList<>();
      startupSteps.add(new OwnTopicsStep(builder.topologyFactory.ownedTopics(config)));
      startupSteps.add(new InputTopicsStep());
      startupSteps.addAll(builder.startupSteps);
      // Why last: right before the streams start, once every topic exists (docs/operations.md).
      startupSteps.add(HangingTransactions.startupStep(streamsProperties));
      final var description = topology.describe();
      this.startupContext =
          new StartupContext(
              config, description, admin, runner.health(), StartupContext.RETRY_PAUSE);
      this.backlog =
          new BacklogMonitor(
              admin,
              config.applicationId(),
              SourceTopics.of(description).grouped(),
              runner.health(),
              builder.backlogInterval,
              Clock.systemUTC());
      this.startup = new Thread(this::startUp, "planwatch-startup");
      startup.setDaemon(true);
    } catch (final RuntimeException e) {
      admin.close(Duration.ZERO);
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
   * Opens the HTTP port first (health answers during start-up and restoration), then runs the
   * start-up steps and starts processing on the start-up thread; returns at once.
   */
  public void start() {
    LOG.info("Starting with {}", config);
    http.start();
    runner.health().startingUp("starting");
    startup.start();
  }

  /** The start-up thread: each step in order, then the streams and the backlog monitor. */
  private void startUp() {
    try {
      for (final StartupStep step : startupSteps) {
        LOG.info("Start-up: {}", step.description());
        runner.health().startingUp(step.description());
        step.run(startupContext);
      }
      if (closed.get()) {
        return;
      }
      runner.health().startedUp();
      runner.start();
      backlog.start();
    } catch (final InterruptedException e) {
      LOG.info("Start-up stopped: the app is closing");
    } catch (final RuntimeException e) {
      LOG.error("Start-up failed", e);
      runner.health().fatalError(e);
      onFatalError(e);
    }
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
      stopStartup();
      backlog.close();
      runner.close();
      deadLetters.close();
      admin.close(config.processing().closeTimeout());
      http.close();
      metrics.close();
    } finally {
      terminated.countDown();
    }
  }

  /** Interrupts the start-up thread if it still runs and waits until it has stopped. */
  private void stopStartup() {
    if (!startup.isAlive()) {
      return;
    }
    startup.interrupt();
    try {
      startup.join(config.processing().closeTimeout().toMillis());
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
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
    private final List<StartupStep> startupSteps = new ArrayList<>();
    private Duration backlogInterval = DEFAULT_BACKLOG_INTERVAL;

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

    /**
     * A start-up step run after the app's own (its topics created, its input topics there) and
     * before the streams start; steps run in the order they are added.
     */
    public Builder startupStep(final StartupStep step) {
      startupSteps.add(step);
      return this;
    }

    /** How often the backlog is measured once the streams run (default 2 s). */
    public Builder backlogInterval(final Duration interval) {
      backlogInterval = interval;
      return this;
    }

    public StreamsApp build() {
      return new StreamsApp(this);
    }
  }
}
