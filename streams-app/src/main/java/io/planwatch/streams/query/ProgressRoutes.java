package io.planwatch.streams.query;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceStatus;
import io.planwatch.streams.topology.PaceStores;
import java.util.Comparator;
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
    q.<IndicatorProgress>lookup(
        ctx,
        PaceStores.PROGRESS,
        PaceStores.targetYearKey(targetId, year),
        this::view,
        "no progress for target '" + targetId + "' in " + year);
  }

  private void list(final Context ctx) {
    final int year = QueryParams.year("year", ctx.queryParam("year"));
    final Optional<String> region = q.reference().regionParam(ctx, "region");
    final Optional<String> indicator = q.reference().indicatorParam(ctx, "indicator");
    final Set<PaceStatus> statuses =
        QueryParams.enums("status", ctx.queryParam("status"), PaceStatus.class);
    q.<IndicatorProgress, ProgressView>list(
        ctx,
        PaceStores.PROGRESS,
        ProgressView.class,
        p ->
            p.getYear() == year
                && region.map(p.getRegionCode()::equals).orElse(true)
                && indicator.map(p.getIndicatorCode()::equals).orElse(true)
                && statuses.contains(p.getStatus()),
        this::view,
        ORDER,
        QueryParams.limit(ctx.queryParam("limit")));
  }

  private ProgressView view(final IndicatorProgress p) {
    return q.views().progress(p, q.targets().find(p.getTargetId()).orElse(null));
  }
}
