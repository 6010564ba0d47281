package io.planwatch.streams.topology;

import io.planwatch.avro.PaceAlert;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Appends every event of {@code pace.alerts} to its key's history in {@link
 * PaceStores#ALERT_HISTORY} (see {@link AlertHistories} for the key format), deleting the oldest
 * beyond the bound. The store lives in RocksDB with a changelog, so the history costs no heap and
 * survives a restart; under exactly-once an event is appended exactly once.
 */
final class AlertHistoryRecorder implements Processor<String, PaceAlert, Void, Void> {
  private KeyValueStore<String, PaceAlert> history;

  @Override
  public void init(final ProcessorContext<Void, Void> context) {
    history = context.getStateStore(PaceStores.ALERT_HISTORY);
  }

  @Override
  public void process(final Record<String, PaceAlert> record) {
    if (record.key() == null || record.value() == null) {
      // Not an event: the topic's records always carry both; nothing to append.
      return;
    }
    final String prefix = AlertHistories.prefix(record.key());
    long last = 0;
    // Why: '~' sorts after every digit, so the range holds exactly this key's events.
    try (KeyValueIterator<String, PaceAlert> it = history.reverseRange(prefix, prefix + "~")) {
      if (it.hasNext()) {
        last = AlertHistories.sequence(it.next().key);
      }
    }
    final long next = last + 1;
    history.put(AlertHistories.key(record.key(), next), record.value());
    // The key's events are always the last MAX_EVENTS_PER_KEY sequences: at most one falls out.
    if (next > AlertHistories.MAX_EVENTS_PER_KEY) {
      history.delete(AlertHistories.key(record.key(), next - AlertHistories.MAX_EVENTS_PER_KEY));
    }
  }
}
