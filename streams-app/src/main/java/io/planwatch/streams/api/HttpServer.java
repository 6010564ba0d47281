package io.planwatch.streams.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.planwatch.streams.config.HttpConfig;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's HTTP server (Javalin on Jetty): mounts the given {@link HttpRoutes} and answers every
 * error as JSON {@link ErrorResponse} — 400 for bad requests, 404 for unknown paths, 500 for
 * failures, which are logged with their stack trace. CORS is off unless origins are configured.
 *
 * <p>Javalin rather than the JDK's HttpServer: the dashboard needs server-sent events and static
 * files, which Javalin has and the JDK server would need written by hand.
 */
public final class HttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

  /** How long a stop lets Jetty's graceful shutdown take before it closes connections. */
  private static final long STOP_TIMEOUT_MS = 5_000;

  private final HttpConfig config;
  private final Javalin javalin;

  public HttpServer(final HttpConfig config, final List<HttpRoutes> routes) {
    this.config = config;
    this.javalin =
        Javalin.create(
            javalinConfig -> {
              javalinConfig.showJavalinBanner = false;
              javalinConfig.startupWatcherEnabled = false;
              javalinConfig.jetty.modifyServer(server -> server.setStopTimeout(STOP_TIMEOUT_MS));
              javalinConfig.jsonMapper(new JavalinJackson(objectMapper(), false));
              javalinConfig.requestLogger.http(
                  (ctx, millis) ->
                      LOG.debug(
                          "{} {} -> {} in {} ms",
                          ctx.method(),
                          ctx.path(),
                          ctx.status().getCode(),
                          millis));
              if (!config.corsAllowedOrigins().isEmpty()) {
                javalinConfig.bundledPlugins.enableCors(
                    cors ->
                        cors.addRule(
                            rule -> config.corsAllowedOrigins().forEach(o -> rule.allowHost(o))));
              }
              javalinConfig.router.mount(
                  router -> {
                    router.exception(HttpResponseException.class, HttpServer::clientError);
                    router.exception(Exception.class, HttpServer::serverError);
                    routes.forEach(r -> r.register(router));
                  });
            });
  }

  /** Starts listening on the configured port (0: any free port, see {@link #port()}). */
  public HttpServer start() {
    javalin.start(config.port());
    LOG.info("HTTP server listening on port {}", javalin.port());
    return this;
  }

  /** The port actually bound; meaningful once started. */
  public int port() {
    return javalin.port();
  }

  /** Stops the server: Jetty's graceful stop, bounded by a few seconds. */
  @Override
  public void close() {
    javalin.stop();
  }

  private static void clientError(final HttpResponseException e, final Context ctx) {
    final HttpStatus status = HttpStatus.forStatus(e.getStatus());
    ctx.status(e.getStatus())
        .json(
            new ErrorResponse(
                code(status), e.getMessage() == null ? status.getMessage() : e.getMessage()));
  }

  private static void serverError(final Exception e, final Context ctx) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .json(
            new ErrorResponse(
                "internal_error", e.getClass().getSimpleName() + ": " + e.getMessage()));
  }

  /** {@code Not Found} becomes {@code not_found}. */
  private static String code(final HttpStatus status) {
    return status.getMessage().toLowerCase(Locale.ROOT).replace(' ', '_');
  }

  static ObjectMapper objectMapper() {
    return new ObjectMapper().registerModule(new Jdk8Module());
  }
}
