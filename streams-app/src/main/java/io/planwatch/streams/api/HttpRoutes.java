package io.planwatch.streams.api;

import io.javalin.router.JavalinDefaultRouting;

/**
 * A group of routes the {@link HttpServer} mounts before it starts: health, metrics and topology
 * here; the query API and dashboard add their own the same way.
 */
@FunctionalInterface
public interface HttpRoutes {

  void register(JavalinDefaultRouting routes);
}
