package io.planwatch.streams.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRouting;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the dashboard's files from the classpath: the page under {@code /} and {@code /assets/...}
 * (resources {@value #WEB}), and the libraries of WebJars under {@code /webjars/...} (resources
 * {@value #WEBJARS}), so the page works offline with nothing fetched from a CDN.
 *
 * <p>The server's own static-file support needs its configuration, which the app's HTTP server
 * owns; these routes plug into it like any other. A path that climbs out of its folder or names no
 * file is 404.
 */
final class StaticAssets {

  static final String WEB = "/web/";
  static final String WEBJARS = "/META-INF/resources/webjars/";

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._\\-/]+");

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "mjs", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json",
          "svg", "image/svg+xml",
          "png", "image/png",
          "map", "application/json");

  private StaticAssets() {}

  static void register(final JavalinDefaultRouting routes) {
    routes.get("/", ctx -> serve(ctx, WEB + "index.html", false));
    routes.get("/assets/<path>", ctx -> serve(ctx, WEB + ctx.pathParam("path"), false));
    // A WebJar's path carries its version, so the browser may keep it.
    routes.get("/webjars/<path>", ctx -> serve(ctx, WEBJARS + ctx.pathParam("path"), true));
  }

  private static void serve(final Context ctx, final String resource, final boolean immutable) {
    if (!SAFE.matcher(resource).matches() || resource.contains("..")) {
      throw new NotFoundResponse("no such file: " + ctx.path());
    }
    final InputStream in = StaticAssets.class.getResourceAsStream(resource);
    if (in == null) {
      throw new NotFoundResponse("no such file: " + ctx.path());
    }
    ctx.contentType(type(resource))
        .header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache")
        .result(in);
  }

  static String type(final String resource) {
    final int dot = resource.lastIndexOf('.');
    final String ext = dot < 0 ? "" : resource.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }
}
