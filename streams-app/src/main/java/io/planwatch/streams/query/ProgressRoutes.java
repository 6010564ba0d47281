package io.planwatch.streams.query;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRouting;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceStatus;
import io.planwatch.streams.topology.PaceStores;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code /progress}: where targets stand against their planned pace. */
final class ProgressRoutes {

  static final Comparator<ProgressView> ORDER =
      Comparator.comparing((ProgressView p) -> p.region().code())
          .thenComparing(p -> p.indicator().code())
          .thenComparing(ProgressView::targetId)
          .thenComparingInt(ProgressView::year);

  private final QueryContext q;

  ProgressRoutes(final QueryContext q) {
    this.q = q;
  }

  void register(final JavalinDefaultRouting routes) {
    routes.get(QueryApi.BASE + "/progress", this::list);
    routes.get(QueryApi.BASE + "/progress/{targetId}/{year}", this::one);
  }

  private void one(final Context ctx) {
    final String targetId = QueryParams.code("targetId", ctx.pathParam("targetId"));
    final int year = QueryParams.year("year", ctx.pathParam("year"));
    final String key = PaceStores.targetYearKey(targetId, year);
    q.routing()
        .byKey(
            ctx,
            PaceStores.PROGRESS,
            key,
            () -> {
              final IndicatorProgress p = q.stores().get(PaceStores.PROGRESS, key);
              if (p == null) {
                throw new NotFoundResponse("no progress for target '" + targetId + "' in " + year);
              }
              return view(p);
            });
  }

  private void list(final Context ctx) {
    final int year = QueryParams.year("year", ctx.queryParam("year"));
    final Optional<String> region = QueryParams.optionalCode("region", ctx.queryParam("region"));
    final Optional<String> indicator =
        QueryParams.optionalCode("indicator", ctx.queryParam("indicator"));
    final Set<PaceStatus> statuses =
        QueryParams.enums("status", ctx.queryParam("status"), PaceStatus.class);
    final int limit = QueryParams.limit(ctx.queryParam("limit"));
    region.ifPresent(r -> q.reference().requireRegion("region", r));
    indicator.ifPresent(i -> q.reference().requireIndicator("indicator", i));
    q.routing()
        .fanOut(
            ctx,
            List.of(PaceStores.PROGRESS),
            q.listOf(ProgressView.class),
            () ->
                ItemList.of(
                    q
                        .stores()
                        .<IndicatorProgress>values(
                            PaceStores.PROGRESS,
                            p ->
                                p.getYear() == year
                                    && region.map(p.getRegionCode()::equals).orElse(true)
                                    && indicator.map(p.getIndicatorCode()::equals).orElse(true)
                                    && statuses.contains(p.getStatus()))
                        .stream()
                        .map(this::view)
                        .toList()),
            parts -> ItemList.merge(parts, ORDER, limit));
  }

  private ProgressView view(final IndicatorProgress p) {
    return q.views().progress(p, q.targets().find(p.getTargetId()).orElse(null));
  }
}
