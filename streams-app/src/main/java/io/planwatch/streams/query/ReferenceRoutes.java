package io.planwatch.streams.query;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRouting;
import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.Region;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /regions}, {@code /indicators}, {@code /targets}: the reference data, which every instance
 * holds whole, so these answer locally without routing.
 */
final class ReferenceRoutes {

  private final QueryContext q;

  ReferenceRoutes(final QueryContext q) {
    this.q = q;
  }

  void register(final JavalinDefaultRouting routes) {
    routes.get(QueryApi.BASE + "/regions", this::regions);
    routes.get(QueryApi.BASE + "/regions/{region}", this::region);
    routes.get(QueryApi.BASE + "/indicators", this::indicators);
    routes.get(QueryApi.BASE + "/indicators/{indicator}", this::indicator);
    routes.get(QueryApi.BASE + "/targets", this::targets);
    routes.get(QueryApi.BASE + "/targets/{targetId}", this::target);
  }

  private void regions(final Context ctx) {
    final Optional<String> parent = q.reference().regionParam(ctx, "parent");
    final List<Region> all = q.reference().regions();
    ctx.json(
        ItemList.of(
            all.stream()
                .filter(r -> parent.map(p -> Objects.equals(p, r.getParentCode())).orElse(true))
                .sorted(Comparator.comparing(Region::getCode))
                .map(r -> q.views().region(r, ReferenceLookup.childrenOf(r.getCode(), all)))
                .toList()));
  }

  private void region(final Context ctx) {
    final String code = QueryParams.code("region", ctx.pathParam("region"));
    final Region region = q.reference().requireRegion("region", code);
    ctx.json(q.views().region(region, ReferenceLookup.childrenOf(code, q.reference().regions())));
  }

  private void indicators(final Context ctx) {
    ctx.json(
        ItemList.of(
            q.reference().indicators().stream()
                .sorted(Comparator.comparing(IndicatorDefinition::getCode))
                .map(q.views()::indicator)
                .toList()));
  }

  private void indicator(final Context ctx) {
    final String code = QueryParams.code("indicator", ctx.pathParam("indicator"));
    ctx.json(q.views().indicator(q.reference().requireIndicator("indicator", code)));
  }

  private void targets(final Context ctx) {
    final Optional<String> region = q.reference().regionParam(ctx, "region");
    final Optional<String> indicator = q.reference().indicatorParam(ctx, "indicator");
    final Optional<Integer> targetYear =
        QueryParams.optionalYear("targetYear", ctx.queryParam("targetYear"));
    ctx.json(
        ItemList.of(
            q.targets().all().stream()
                .filter(
                    t ->
                        region.map(t.getRegionCode()::equals).orElse(true)
                            && indicator.map(t.getIndicatorCode()::equals).orElse(true)
                            && targetYear.map(y -> y == t.getTargetYear()).orElse(true))
                .sorted(Comparator.comparing(PlanTarget::getId))
                .map(q.views()::target)
                .toList()));
  }

  private void target(final Context ctx) {
    final String id = QueryParams.code("targetId", ctx.pathParam("targetId"));
    ctx.json(
        q.views()
            .target(
                q.targets()
                    .find(id)
                    .orElseThrow(
                        () -> new NotFoundResponse("no target '" + id + "' in the catalogue"))));
  }
}
