package io.planwatch.streams.query;

import io.javalin.router.JavalinDefaultRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/v1/openapi.yaml}: the API's own OpenAPI 3 description. */
final class OpenApiRoute {

  private final byte[] yaml;

  OpenApiRoute() {
    try (InputStream in = QueryApi.class.getResourceAsStream(QueryApi.OPENAPI)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + QueryApi.OPENAPI + " is missing");
      }
      this.yaml = in.readAllBytes();
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot read " + QueryApi.OPENAPI, e);
    }
  }

  void register(final JavalinDefaultRouting routes) {
    routes.get(
        QueryApi.BASE + "/openapi.yaml",
        ctx -> ctx.contentType("application/yaml; charset=utf-8").result(yaml));
  }
}
