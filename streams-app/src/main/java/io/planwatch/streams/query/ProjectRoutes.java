package io.planwatch.streams.query;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRouting;
import io.planwatch.avro.ProjectProgress;
import io.planwatch.streams.topology.PaceStores;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** {@code /projects}: a region's major projects and its totals against the plan. */
final class ProjectRoutes {

  private final QueryContext q;

  ProjectRoutes(final QueryContext q) {
    this.q = q;
  }

  void register(final JavalinDefaultRouting routes) {
    routes.get(QueryApi.BASE + "/projects", this::list);
    routes.get(QueryApi.BASE + "/projects/{projectId}", this::one);
  }

  private void one(final Context ctx) {
    final String projectId = QueryParams.code("projectId", ctx.pathParam("projectId"));
    q.<ProjectProgress>lookup(
        ctx,
        PaceStores.PROJECT_STATE,
        projectId,
        p -> {
          if (p.getProject() == null) {
            throw new NotFoundResponse("no project '" + projectId + "'");
          }
          return q.views().project(p);
        },
        "no project '" + projectId + "'");
  }

  private void list(final Context ctx) {
    final String region = QueryParams.code("region", ctx.queryParam("region"));
    final int year = QueryParams.year("year", ctx.queryParam("year"));
    q.reference().requireRegion("region", region);
    final Label label = q.reference().region(region);
    final String totalsKey = PaceStores.regionYearKey(region, year);
    q.routing()
        .fanOut(
            ctx,
            List.of(PaceStores.PROJECT_STATE, PaceStores.PROJECT_PROGRESS),
            q.type(RegionProjectsView.class),
            () -> {
              final ProjectProgress totals = q.stores().get(PaceStores.PROJECT_PROGRESS, totalsKey);
              return new RegionProjectsView(
                  label,
                  year,
                  totals == null || totals.getRegionTotals() == null
                      ? null
                      : q.views().totals(totals.getRegionTotals()),
                  q
                      .stores()
                      .<ProjectProgress>values(
                          PaceStores.PROJECT_STATE,
                          p ->
                              p.getProject() != null
                                  && p.getYear() == year
                                  && p.getRegionCode().equals(region))
                      .stream()
                      .map(q.views()::project)
                      .toList());
            },
            parts ->
                new RegionProjectsView(
                    label,
                    year,
                    parts.stream()
                        .map(RegionProjectsView::totals)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null),
                    parts.stream()
                        .flatMap(p -> p.projects().stream())
                        .sorted(Comparator.comparing(ProjectView::projectId))
                        .toList()));
  }
}
