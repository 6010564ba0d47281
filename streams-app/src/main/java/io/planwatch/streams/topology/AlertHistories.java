package io.planwatch.streams.topology;

import io.planwatch.avro.PaceAlert;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The key format of {@link PaceStores#ALERT_HISTORY} and how to read one alert's history from it.
 *
 * <p>Each event of {@code pace.alerts} is stored under {@code alertKey|sequence}: the alert's key
 * ({@code targetId|year} or {@code projectId|milestoneType}) and its 1-based number among that
 * key's events, zero-padded to 10 digits so that the store's byte order is the order of the events.
 * The store is partitioned like the topic by the alert key, so the instance that owns the key holds
 * all its events. At most {@link #MAX_EVENTS_PER_KEY} are kept, the oldest deleted first; a history
 * whose first sequence is above 1 was truncated.
 */
public final class AlertHistories {

  /** Events kept per alert key. */
  public static final int MAX_EVENTS_PER_KEY = 64;

  private static final StringSerializer KEYS = new StringSerializer();
  private static final int DIGITS = 10;

  private AlertHistories() {}

  /** One alert's events, oldest first, and whether older ones were deleted. */
  public record History(List<PaceAlert> events, boolean truncated) {
    public History {
      events = List.copyOf(events);
    }
  }

  /** The history of {@code alertKey} in {@code store}, or empty when it holds no event for it. */
  public static Optional<History> read(
      final ReadOnlyKeyValueStore<String, PaceAlert> store, final String alertKey) {
    final List<PaceAlert> events = new ArrayList<>();
    long first = 0;
    try (KeyValueIterator<String, PaceAlert> it = store.prefixScan(prefix(alertKey), KEYS)) {
      while (it.hasNext()) {
        final KeyValue<String, PaceAlert> next = it.next();
        if (events.isEmpty()) {
          first = sequence(next.key);
        }
        events.add(next.value);
      }
    }
    return events.isEmpty() ? Optional.empty() : Optional.of(new History(events, first > 1));
  }

  static String prefix(final String alertKey) {
    return alertKey + "|";
  }

  static String key(final String alertKey, final long sequence) {
    final String digits = Long.toString(sequence);
    return prefix(alertKey) + "0".repeat(Math.max(0, DIGITS - digits.length())) + digits;
  }

  static long sequence(final String storeKey) {
    return Long.parseLong(storeKey.substring(storeKey.lastIndexOf('|') + 1));
  }
}
