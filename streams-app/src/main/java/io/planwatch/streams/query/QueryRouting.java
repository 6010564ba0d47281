package io.planwatch.streams.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.planwatch.streams.api.ErrorResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Answers a query where its data lives. A lookup by key is answered by the instance that owns the
 * key, forwarded there if need be; a list is gathered from every instance holding the store (each
 * asked with {@code local=true}) and merged. A request that was forwarded, or asks {@code
 * local=true}, is answered from this instance's stores only, so a request crosses at most one hop.
 */
final class QueryRouting {

  /** Response header: the instance ({@code host:port}) that answered a forwarded lookup. */
  static final String FORWARDED = "X-Planwatch-Forwarded";

  /** Response header: how many instances a list was gathered from. */
  static final String INSTANCES = "X-Planwatch-Instances";

  static final String LOCAL = "local";
  private static final String RETRY_AFTER_SECONDS = "2";

  private final InstanceRouter router;
  private final Forwarder forwarder;
  private final ObjectMapper json;

  QueryRouting(final InstanceRouter router, final Forwarder forwarder, final ObjectMapper json) {
    this.router = router;
    this.forwarder = forwarder;
    this.json = json;
  }

  /** Answers with {@code local} on the owner of {@code key} in {@code store}. */
  void byKey(
      final Context ctx, final String store, final String key, final Supplier<Object> local) {
    if (forwarded(ctx)) {
      // The forwarder thought we own the key; if a rebalance moved it meanwhile, say so.
      router
          .ownerOf(store, key)
          .ifPresent(
              other -> {
                throw new NotQueryableException(
                    "key '" + key + "' of store " + store + " moved to " + address(other));
              });
      ctx.json(local.get());
      return;
    }
    final Optional<HostInfo> owner =
        QueryParams.flag(LOCAL, ctx.queryParam(LOCAL))
            ? Optional.empty()
            : router.ownerOf(store, key);
    if (owner.isEmpty()) {
      ctx.json(local.get());
      return;
    }
    final Forwarder.Reply reply = forwarder.getNow(owner.get(), pathAndQuery(ctx, Map.of()));
    ctx.status(reply.status())
        .header(FORWARDED, address(owner.get()))
        .contentType("application/json")
        .result(reply.body());
    reply.retryAfter().ifPresent(seconds -> ctx.header("Retry-After", seconds));
  }

  /**
   * Answers with {@code merge} of {@code local} on every instance holding any of {@code stores}.
   *
   * @param type the JSON type of {@code local}'s result, to read other instances' answers
   * @param merge combines the parts; also applied to a single local part
   */
  <T> void fanOut(
      final Context ctx,
      final Collection<String> stores,
      final JavaType type,
      final Supplier<T> local,
      final Function<List<T>, T> merge) {
    if (forwarded(ctx) || QueryParams.flag(LOCAL, ctx.queryParam(LOCAL))) {
      ctx.header(INSTANCES, "1").json(merge.apply(List.of(local.get())));
      return;
    }
    final List<HostInfo> hosts = router.hostsOf(stores);
    final String localQuery = pathAndQuery(ctx, Map.of(LOCAL, "true"));
    final List<CompletableFuture<T>> remote = new ArrayList<>();
    boolean includesSelf = false;
    for (final HostInfo host : hosts) {
      if (router.isSelf(host)) {
        includesSelf = true;
      } else {
        remote.add(forwarder.get(host, localQuery).thenApply(r -> read(host, r, type)));
      }
    }
    final List<T> parts = new ArrayList<>();
    if (includesSelf) {
      parts.add(local.get());
    }
    remote.forEach(f -> parts.add(Forwarder.join(f)));
    ctx.header(INSTANCES, Integer.toString(hosts.size())).json(merge.apply(parts));
  }

  /** The 503 of a {@link NotQueryableException}, with {@code Retry-After}. */
  static void unavailable(final NotQueryableException e, final Context ctx) {
    ctx.status(503)
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .json(new ErrorResponse("service_unavailable", e.getMessage()));
  }

  private <T> T read(final HostInfo host, final Forwarder.Reply reply, final JavaType type) {
    if (reply.status() == 503) {
      throw new NotQueryableException(
          "instance " + address(host) + " cannot answer yet: " + reply.body());
    }
    if (reply.status() != 200) {
      throw new IllegalStateException(
          "instance " + address(host) + " answered " + reply.status() + ": " + reply.body());
    }
    try {
      return json.readValue(reply.body(), type);
    } catch (final JsonProcessingException e) {
      throw new IllegalStateException(
          "instance "
              + address(host)
              + " answered JSON this instance cannot read: "
              + e.getOriginalMessage(),
          e);
    }
  }

  private static boolean forwarded(final Context ctx) {
    return ctx.header(Forwarder.FORWARDED_BY) != null;
  }

  /**
   * The request's path and query with {@code replace} set, and without {@code limit}, which only
   * the merging instance applies.
   */
  static String pathAndQuery(final Context ctx, final Map<String, String> replace) {
    final StringBuilder query = new StringBuilder();
    ctx.queryParamMap()
        .forEach(
            (name, values) -> {
              if (replace.containsKey(name) || (!replace.isEmpty() && name.equals("limit"))) {
                return;
              }
              values.forEach(v -> append(query, name, v));
            });
    replace.forEach((name, value) -> append(query, name, value));
    return ctx.path() + (query.isEmpty() ? "" : "?" + query);
  }

  private static void append(final StringBuilder query, final String name, final String value) {
    if (!query.isEmpty()) {
      query.append('&');
    }
    query
        .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
        .append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  static String address(final HostInfo host) {
    return host.host() + ":" + host.port();
  }
}
