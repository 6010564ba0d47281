package io.planwatch.streams.query;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A list answer: the items after sorting and the limit, how many were returned and how many
 * matched.
 */
record ItemList<T>(List<T> items, int count, int total) {

  ItemList {
    items = List.copyOf(items);
  }

  /** Every item, no limit. */
  static <T> ItemList<T> of(final List<T> items) {
    return new ItemList<>(items, items.size(), items.size());
  }

  /** The parts merged, sorted by {@code order} and cut to {@code limit}. */
  static <T> ItemList<T> merge(
      final List<ItemList<T>> parts, final Comparator<? super T> order, final int limit) {
    final List<T> all = parts.stream().flatMap(p -> p.items().stream()).sorted(order).toList();
    final List<T> kept = all.stream().limit(limit).toList();
    return new ItemList<>(kept, kept.size(), all.size());
  }

  /** The items of one instance, sorted, not yet limited. */
  static <T> ItemList<T> sorted(final Stream<T> items, final Comparator<? super T> order) {
    return of(items.sorted(order).toList());
  }
}
