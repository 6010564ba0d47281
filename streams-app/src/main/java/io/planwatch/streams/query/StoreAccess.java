package io.planwatch.streams.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * This instance's view of a key-value store (the active partitions it holds, or all of a global
 * store). Timestamped stores are read as plain values. A store that cannot be read now (the streams
 * are not running, or the partitions are migrating or restoring) is a {@link
 * NotQueryableException}, never an empty answer.
 */
final class StoreAccess {

  private final KafkaStreams streams;

  StoreAccess(final KafkaStreams streams) {
    this.streams = streams;
  }

  <V> ReadOnlyKeyValueStore<String, V> store(final String name) {
    final KafkaStreams.State state = streams.state();
    if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
      throw new NotQueryableException("store " + name + " is not queryable yet (" + state + ")");
    }
    try {
      return streams.store(
          StoreQueryParameters.fromNameAndType(
              name, QueryableStoreTypes.<String, V>keyValueStore()));
    } catch (final InvalidStateStoreException e) {
      throw new NotQueryableException(
          "store " + name + " is not queryable yet (" + state + "): " + e.getMessage(), e);
    }
  }

  /** The value of {@code key} in this instance's part of the store, or null. */
  <V> V get(final String storeName, final String key) {
    try {
      return this.<V>store(storeName).get(key);
    } catch (final InvalidStateStoreException e) {
      throw new NotQueryableException(
          "store " + storeName + " moved while it was read: " + e.getMessage(), e);
    }
  }

  /** Every value of this instance's part of the store that {@code filter} accepts. */
  <V> List<V> values(final String storeName, final Predicate<? super V> filter) {
    final List<V> values = new ArrayList<>();
    try (KeyValueIterator<String, V> all = this.<V>store(storeName).all()) {
      while (all.hasNext()) {
        final KeyValue<String, V> next = all.next();
        if (next.value != null && filter.test(next.value)) {
          values.add(next.value);
        }
      }
    } catch (final InvalidStateStoreException e) {
      throw new NotQueryableException(
          "store " + storeName + " moved while it was read: " + e.getMessage(), e);
    }
    return values;
  }
}
