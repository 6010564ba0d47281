package io.planwatch.streams.api;

import io.javalin.router.JavalinDefaultRouting;
import java.util.function.Supplier;

/** {@code /metrics}: every meter in the Prometheus text exposition format. */
public final class MetricsRoutes implements HttpRoutes {

  /** The Prometheus text format version 0.0.4 content type scrapers expect. */
  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final Supplier<String> scrape;

  /**
   * @param scrape renders the registry, e.g. {@code PrometheusMeterRegistry::scrape}
   */
  public MetricsRoutes(final Supplier<String> scrape) {
    this.scrape = scrape;
  }

  @Override
  public void register(final JavalinDefaultRouting routes) {
    routes.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).result(scrape.get()));
  }
}
