package io.planwatch.streams.query;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** What every group of query routes works with. */
record QueryContext(
    StoreAccess stores,
    QueryRouting routing,
    ViewMapper views,
    ReferenceLookup reference,
    TargetCatalogue targets,
    ObjectMapper json) {

  /** The JSON type of an {@link ItemList} of {@code item}, to read other instances' lists. */
  JavaType listOf(final Class<?> item) {
    return json.getTypeFactory().constructParametricType(ItemList.class, item);
  }

  JavaType type(final Class<?> type) {
    return json.getTypeFactory().constructType(type);
  }

  /**
   * Answers a list of the values of {@code store} that {@code filter} accepts, as views, gathered
   * from every instance, sorted by {@code order} and cut to {@code limit}.
   */
  <V, T> void list(
      final Context ctx,
      final String store,
      final Class<T> item,
      final Predicate<? super V> filter,
      final Function<? super V, T> view,
      final Comparator<? super T> order,
      final int limit) {
    routing.fanOut(
        ctx,
        List.of(store),
        listOf(item),
        () -> ItemList.of(stores.<V>values(store, filter).stream().<T>map(view).toList()),
        parts -> ItemList.merge(parts, order, limit));
  }

  /**
   * Answers the view of the value of {@code key} in {@code store}, from the instance that owns the
   * key; 404 with {@code notFound} when there is none.
   */
  <V> void lookup(
      final Context ctx,
      final String store,
      final String key,
      final Function<? super V, ?> view,
      final String notFound) {
    routing.byKey(
        ctx,
        store,
        key,
        () -> {
          final V value = stores.get(store, key);
          if (value == null) {
            throw new NotFoundResponse(notFound);
          }
          return view.apply(value);
        });
  }
}
