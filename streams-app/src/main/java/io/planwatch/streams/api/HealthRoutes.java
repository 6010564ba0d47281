package io.planwatch.streams.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRouting;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * {@code /health/live} and {@code /health/ready}: 200 when the check passes, 503 otherwise, and the
 * snapshot as JSON either way so an operator sees why.
 */
public final class HealthRoutes implements HttpRoutes {

  private final Supplier<HealthSnapshot> health;

  public HealthRoutes(final Supplier<HealthSnapshot> health) {
    this.health = health;
  }

  @Override
  public void register(final JavalinDefaultRouting routes) {
    routes.get("/health/live", ctx -> respond(ctx, HealthSnapshot::live));
    routes.get("/health/ready", ctx -> respond(ctx, HealthSnapshot::ready));
  }

  private void respond(final Context ctx, final Predicate<HealthSnapshot> check) {
    final HealthSnapshot snapshot = health.get();
    ctx.status(check.test(snapshot) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .json(snapshot);
  }
}
