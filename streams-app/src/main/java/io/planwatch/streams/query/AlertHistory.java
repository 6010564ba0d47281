package io.planwatch.streams.query;

import io.planwatch.avro.PaceAlert;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Every transition of every alert, per key ({@code targetId|year}), as read from {@code
 * pace.alerts}: the alerts store keeps only the last event. Held in memory on every instance, so a
 * history answers from any instance without routing, and bounded: at most {@code maxEventsPerKey}
 * transitions per alert, the oldest dropped first. An alert has one transition per status change
 * and the topic keeps 400 days, so a few events per target and year is the normal size.
 */
final class AlertHistory {

  /** Events kept per alert unless configured otherwise. */
  static final int DEFAULT_MAX_EVENTS_PER_KEY = 64;

  private final int maxEventsPerKey;
  private final Map<String, Events> byKey = new ConcurrentHashMap<>();
  private volatile BooleanSupplier ready = () -> false;

  AlertHistory(final int maxEventsPerKey) {
    if (maxEventsPerKey < 1) {
      throw new IllegalArgumentException("maxEventsPerKey must be >= 1: " + maxEventsPerKey);
    }
    this.maxEventsPerKey = maxEventsPerKey;
  }

  /** The transitions of one alert, oldest first, and whether older ones were dropped. */
  record Snapshot(List<PaceAlert> events, boolean truncated) {}

  /** Appends one event of the topic (a null value or key carries no transition and is ignored). */
  void apply(final String key, final PaceAlert alert) {
    if (key == null || alert == null) {
      return;
    }
    byKey.computeIfAbsent(key, k -> new Events()).add(alert, maxEventsPerKey);
  }

  void readyWhen(final BooleanSupplier condition) {
    this.ready = condition;
  }

  /**
   * The history of the alert under {@code key}, or empty when the topic holds no event for it.
   *
   * @throws NotQueryableException while the topic is still being read
   */
  Optional<Snapshot> of(final String key) {
    if (!ready.getAsBoolean()) {
      throw new NotQueryableException("the alert history is still being read from the topic");
    }
    final Events events = byKey.get(key);
    return events == null ? Optional.empty() : Optional.of(events.snapshot());
  }

  /** One alert's bounded events; writes come from one mirror thread, reads from many. */
  private static final class Events {
    private final Deque<PaceAlert> events = new ArrayDeque<>();
    private boolean truncated;

    synchronized void add(final PaceAlert alert, final int max) {
      events.addLast(alert);
      while (events.size() > max) {
        events.removeFirst();
        truncated = true;
      }
    }

    synchronized Snapshot snapshot() {
      return new Snapshot(List.copyOf(events), truncated);
    }
  }
}
