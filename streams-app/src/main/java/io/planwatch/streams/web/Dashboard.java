package io.planwatch.streams.web;

import io.javalin.router.JavalinDefaultRouting;
import io.planwatch.streams.api.HttpRoutes;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.topics.AvroValueSerdes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The dashboard at {@code /}: the page and its files ({@link StaticAssets}) and the live alert feed
 * at {@value #FEED} (server-sent events fed by {@link AlertFeed}). The page reads everything else
 * from the query API under {@code /api/v1}. Mounted like the query API:
 *
 * <pre>{@code
 * StreamsApp.builder(config, topology)
 *     .routes(streams -> QueryApi.start(config, streams))
 *     .routes(streams -> Dashboard.start(config, streams))
 *     .build();
 * }</pre>
 */
public final class Dashboard implements HttpRoutes, AutoCloseable {

  /** The server-sent-event stream of alert transitions. */
  public static final String FEED = "/events/alerts";

  /** Transitions a browser receives when it opens the feed. */
  static final int BACKLOG = 200;

  private static final long HEARTBEAT_SECONDS = 15;

  private final AlertStream stream;
  private final AlertFeed feed;
  private final ScheduledExecutorService heartbeat;

  private Dashboard(final AlertStream stream, final AlertFeed feed) {
    this.stream = stream;
    this.feed = feed;
    this.heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              final Thread t = new Thread(r, "dashboard-feed-heartbeat");
              t.setDaemon(true);
              return t;
            });
  }

  /** The dashboard over {@code streams}; starts reading {@code pace.alerts} for the live feed. */
  public static Dashboard start(final AppConfig config, final KafkaStreams streams) {
    final Map<String, Object> client = new HashMap<>(config.clientProperties());
    client.put("client.id", config.applicationId() + "-dashboard-feed");
    final AlertStream stream = new AlertStream(BACKLOG);
    final AlertFeed feed =
        new AlertFeed(
            config.topics().paceAlerts().name(),
            BACKLOG,
            client,
            config
                .topics()
                .paceAlerts()
                .valueSerde(AvroValueSerdes.of(config.registry().serdeConfig()))
                .deserializer(),
            stream,
            () -> !streams.state().isShuttingDown(),
            // Open event streams would hold the HTTP server's graceful stop to its timeout.
            stream::close);
    final Dashboard dashboard = new Dashboard(stream, feed);
    feed.start();
    dashboard.heartbeat.scheduleAtFixedRate(
        stream::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    return dashboard;
  }

  @Override
  public void register(final JavalinDefaultRouting routes) {
    routes(stream).register(routes);
  }

  /** The page, its files and the feed of {@code stream}. */
  static HttpRoutes routes(final AlertStream stream) {
    return routes -> {
      StaticAssets.register(routes);
      routes.sse(FEED, stream::connect);
    };
  }

  /** Stops the feed and closes the browsers' streams; the streams instance has its own owner. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    feed.close();
    stream.close();
  }
}
