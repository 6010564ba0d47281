package io.planwatch.streams.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import org.apache.kafka.streams.TopologyDescription;

/**
 * {@code /topology}: the running topology as JSON (sub-topologies, nodes, topics, stores), or as
 * Kafka's own text with {@code ?format=text} or {@code Accept: text/plain}.
 */
public final class TopologyRoutes implements HttpRoutes {

  private final TopologyDescription description;
  private final TopologyJson json;

  public TopologyRoutes(final TopologyDescription description) {
    this.description = description;
    this.json = TopologyJson.of(description);
  }

  @Override
  public void register(final JavalinDefaultRouting routes) {
    routes.get("/topology", this::topology);
  }

  private void topology(final Context ctx) {
    final String format = ctx.queryParam("format");
    final String accept = ctx.header("Accept");
    final boolean text =
        "text".equals(format)
            || (format == null && accept != null && accept.startsWith("text/plain"));
    if (format != null && !"text".equals(format) && !"json".equals(format)) {
      throw new BadRequestResponse("format must be text or json, not '" + format + "'");
    }
    if (text) {
      ctx.contentType(ContentType.TEXT_PLAIN).result(description.toString());
    } else {
      ctx.json(json);
    }
  }
}
