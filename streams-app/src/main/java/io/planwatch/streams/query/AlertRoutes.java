package io.planwatch.streams.query;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRouting;
import io.planwatch.avro.AlertSeverity;
import io.planwatch.avro.AlertTransition;
import io.planwatch.avro.AlertType;
import io.planwatch.avro.MilestoneType;
import io.planwatch.avro.PaceAlert;
import io.planwatch.streams.topology.AlertHistories;
import io.planwatch.streams.topology.PaceStores;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code /alerts}: open alerts, one alert's last event, and its history. */
final class AlertRoutes {

  /** Which alerts a list shows, by their last transition. */
  enum State {
    OPEN,
    CLOSED,
    ALL;

    boolean accepts(final AlertTransition last) {
      return this == ALL || (this == OPEN) == ViewMapper.OPEN.contains(last);
    }
  }

  /** Most severe first, then most recent first. */
  static final Comparator<AlertView> ORDER =
      Comparator.comparing((AlertView a) -> AlertSeverity.valueOf(a.severity()))
          .reversed()
          .thenComparing(AlertView::raisedAt, Comparator.reverseOrder())
          .thenComparing(AlertView::targetId)
          .thenComparingInt(AlertView::year);

  private final QueryContext q;

  AlertRoutes(final QueryContext q) {
    this.q = q;
  }

  void register(final JavalinDefaultRouting routes) {
    routes.get(QueryApi.BASE + "/alerts", this::list);
    routes.get(QueryApi.BASE + "/alerts/{targetId}/{year}", this::one);
    routes.get(QueryApi.BASE + "/alerts/{targetId}/{year}/history", this::history);
  }

  private void one(final Context ctx) {
    final String key = key(ctx);
    q.<PaceAlert>lookup(
        ctx, PaceStores.ALERTS, key, q.views()::alert, "no alert for '" + key + "'");
  }

  private void history(final Context ctx) {
    final String key = key(ctx);
    q.routing()
        .byKey(
            ctx,
            PaceStores.ALERT_HISTORY,
            key,
            () -> {
              final AlertHistories.History history =
                  AlertHistories.read(q.stores().<PaceAlert>store(PaceStores.ALERT_HISTORY), key)
                      .orElseThrow(() -> new NotFoundResponse("no alert events for '" + key + "'"));
              return new AlertView.History(
                  ctx.pathParam("targetId"),
                  ctx.pathParam("year"),
                  history.events().stream().map(q.views()::alert).toList(),
                  history.truncated());
            });
  }

  private void list(final Context ctx) {
    final State state = QueryParams.word("state", ctx.queryParam("state"), State.class, State.OPEN);
    final Optional<Integer> year = QueryParams.optionalYear("year", ctx.queryParam("year"));
    final Optional<String> region = q.reference().regionParam(ctx, "region");
    final Optional<String> indicator = q.reference().indicatorParam(ctx, "indicator");
    final Set<AlertSeverity> severities =
        QueryParams.enums("severity", ctx.queryParam("severity"), AlertSeverity.class);
    final Set<AlertTransition> transitions =
        QueryParams.enums("transition", ctx.queryParam("transition"), AlertTransition.class);
    final Set<AlertType> types = QueryParams.enums("type", ctx.queryParam("type"), AlertType.class);
    q.<PaceAlert, AlertView>list(
        ctx,
        PaceStores.ALERTS,
        AlertView.class,
        a ->
            state.accepts(a.getTransition())
                && year.map(y -> y == a.getYear()).orElse(true)
                && region.map(a.getRegionCode()::equals).orElse(true)
                && indicator.map(i -> i.equals(a.getIndicatorCode())).orElse(true)
                && severities.contains(a.getSeverity())
                && transitions.contains(a.getTransition())
                && types.contains(a.getType()),
        q.views()::alert,
        ORDER,
        QueryParams.limit(ctx.queryParam("limit")));
  }

  /**
   * The store key of the path: {@code targetId|year} for a pace alert, {@code
   * projectId|milestoneType} for a milestone alert.
   */
  private static String key(final Context ctx) {
    return key(ctx.pathParam("targetId"), ctx.pathParam("year"));
  }

  static String key(final String targetId, final String second) {
    final String id = QueryParams.code("targetId", targetId);
    if (!second.isEmpty() && second.chars().allMatch(Character::isDigit)) {
      return PaceStores.targetYearKey(id, QueryParams.year("year", second));
    }
    try {
      return id + "|" + QueryParams.oneOf("year", second, MilestoneType.class).name();
    } catch (final BadRequestResponse e) {
      throw QueryParams.bad(
          "year",
          "'"
              + second
              + "' is neither a year "
              + QueryParams.MIN_YEAR
              + ".."
              + QueryParams.MAX_YEAR
              + " nor a milestone type ("
              + List.of(MilestoneType.values())
              + ")");
    }
  }
}
