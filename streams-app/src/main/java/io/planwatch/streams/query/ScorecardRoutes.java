package io.planwatch.streams.query;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.planwatch.avro.RegionScorecard;
import io.planwatch.streams.topology.PaceStores;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code /scorecards} and {@code /rankings}: regions' counts by status and sibling rankings. */
final class ScorecardRoutes {

  static final Comparator<ScorecardView> ORDER =
      Comparator.comparing((ScorecardView s) -> s.region().code())
          .thenComparingInt(ScorecardView::year);

  private final QueryContext q;

  ScorecardRoutes(final QueryContext q) {
    this.q = q;
  }

  void register(final JavalinDefaultRouting routes) {
    routes.get(QueryApi.BASE + "/scorecards", this::list);
    routes.get(QueryApi.BASE + "/scorecards/{region}/{year}", this::one);
    routes.get(QueryApi.BASE + "/rankings", this::ranking);
  }

  private void one(final Context ctx) {
    final String region = QueryParams.code("region", ctx.pathParam("region"));
    final int year = QueryParams.year("year", ctx.pathParam("year"));
    q.<RegionScorecard>lookup(
        ctx,
        PaceStores.SCORECARDS,
        PaceStores.regionYearKey(region, year),
        q.views()::scorecard,
        "no scorecard for region '" + region + "' in " + year);
  }

  private void list(final Context ctx) {
    final int year = QueryParams.year("year", ctx.queryParam("year"));
    final Optional<String> region = q.reference().regionParam(ctx, "region");
    final Optional<String> parent = q.reference().regionParam(ctx, "parent");
    q.<RegionScorecard, ScorecardView>list(
        ctx,
        PaceStores.SCORECARDS,
        ScorecardView.class,
        s ->
            s.getYear() == year
                && region.map(s.getRegionCode()::equals).orElse(true)
                && parent
                    .map(p -> Objects.equals(p, q.reference().parentOf(s.getRegionCode())))
                    .orElse(true),
        q.views()::scorecard,
        ORDER,
        QueryParams.MAX_LIMIT);
  }

  private void ranking(final Context ctx) {
    final int year = QueryParams.year("year", ctx.queryParam("year"));
    final String parent = QueryParams.code("parent", ctx.queryParam("parent"));
    final String indicator = QueryParams.code("indicator", ctx.queryParam("indicator"));
    q.reference().requireRegion("parent", parent);
    q.reference().requireIndicator("indicator", indicator);
    final Label indicatorLabel = q.reference().indicator(indicator);
    final Label parentLabel = q.reference().region(parent);
    q.routing()
        .fanOut(
            ctx,
            List.of(PaceStores.SCORECARDS),
            q.type(RankingView.class),
            () ->
                new RankingView(
                    year,
                    indicatorLabel,
                    parentLabel,
                    q
                        .stores()
                        .<RegionScorecard>values(PaceStores.SCORECARDS, s -> s.getYear() == year)
                        .stream()
                        .flatMap(
                            s ->
                                s.getRankings().stream()
                                    .filter(
                                        r ->
                                            r.getIndicatorCode().equals(indicator)
                                                && r.getParentRegionCode().equals(parent))
                                    .map(r -> q.views().rankingEntry(s, r)))
                        .toList()),
            parts ->
                new RankingView(
                    year,
                    indicatorLabel,
                    parentLabel,
                    parts.stream()
                        .flatMap(p -> p.entries().stream())
                        .sorted(RankingView.BEST_FIRST)
                        .toList()));
  }
}
