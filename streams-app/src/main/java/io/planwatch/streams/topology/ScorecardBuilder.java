package io.planwatch.streams.topology;

import io.planwatch.avro.RegionScorecard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Scorecards of the children of each parent region and year, recomputed in batches.
 *
 * <p>Each progress change is stored ({@code parent|year|region|targetId} → {@link ScorecardEntry})
 * and marks its group {@code parent|year} pending. A wall-clock punctuation every {@code interval}
 * recomputes each pending group once (counts and sibling rankings over all its inputs), emits the
 * scorecards (keyed {@code region|year}) whose content changed, and clears the mark. Marks, inputs
 * and last cards live in changelogged stores written in the same transaction as the emitted cards,
 * so under exactly-once a crash between a change and its recompute leaves the mark in place and the
 * restarted task recomputes the group.
 *
 * <p>Why batch: a group holds every target of a parent's children (a city's 28 counties × 50
 * targets = 1,400 inputs); recomputing it on every change made the cost per record grow with the
 * group, while a burst of changes to one group now costs one recompute.
 */
final class ScorecardBuilder implements Processor<String, ScorecardEntry, String, RegionScorecard> {
  private static final StringSerializer KEYS = new StringSerializer();
  private static final String SEPARATOR = ",";

  private final Duration interval;
  private ProcessorContext<String, RegionScorecard> context;
  private ReferenceData reference;
  private KeyValueStore<String, ScorecardEntry> inputs;
  private KeyValueStore<String, byte[]> cards;
  private TimestampedKeyValueStore<String, String> pending;

  ScorecardBuilder(final Duration interval) {
    this.interval = interval;
  }

  @Override
  public void init(final ProcessorContext<String, RegionScorecard> processorContext) {
    context = processorContext;
    reference = ReferenceData.of(context);
    inputs = context.getStateStore(PaceStores.SCORECARD_INPUTS);
    cards = context.getStateStore(PaceStores.SCORECARD_STATE);
    pending = context.getStateStore(PaceStores.SCORECARD_PENDING);
    context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, now -> recomputePending());
  }

  @Override
  public void process(final Record<String, ScorecardEntry> record) {
    final String[] parts = record.key().split("\\|", 4);
    if (parts.length < 4) {
      throw new InvalidRecordException(
          "key", "'" + record.key() + "' is not parent|year|region|targetId");
    }
    if (record.value() == null) {
      inputs.delete(record.key());
    } else {
      inputs.put(record.key(), record.value());
    }
    final String group = parts[0] + "|" + parts[1];
    final ValueAndTimestamp<String> mark = pending.get(group);
    String withdrawn = mark == null ? "" : mark.value();
    if (record.value() == null && !listed(withdrawn, parts[2])) {
      // The region may have lost its last target: the recompute checks whether its card goes.
      withdrawn = withdrawn.isEmpty() ? parts[2] : withdrawn + SEPARATOR + parts[2];
    }
    final long timestamp =
        mark == null ? record.timestamp() : Math.max(mark.timestamp(), record.timestamp());
    pending.put(group, ValueAndTimestamp.make(withdrawn, timestamp));
  }

  private void recomputePending() {
    final List<KeyValue<String, ValueAndTimestamp<String>>> groups = new ArrayList<>();
    try (KeyValueIterator<String, ValueAndTimestamp<String>> it = pending.all()) {
      it.forEachRemaining(groups::add);
    }
    for (final KeyValue<String, ValueAndTimestamp<String>> group : groups) {
      recompute(group.key, group.value.value(), group.value.timestamp());
      pending.delete(group.key);
    }
  }

  private void recompute(final String group, final String withdrawn, final long timestamp) {
    final int split = group.indexOf('|');
    final String parent = group.substring(0, split);
    final int year = Integer.parseInt(group.substring(split + 1));
    final String prefix = group + "|";
    final Map<String, List<ScorecardEntry>> byRegion = new TreeMap<>();
    try (KeyValueIterator<String, ScorecardEntry> it = inputs.prefixScan(prefix, KEYS)) {
      while (it.hasNext()) {
        final KeyValue<String, ScorecardEntry> next = it.next();
        final String region =
            next.key.substring(prefix.length(), next.key.indexOf('|', prefix.length()));
        byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(next.value);
      }
    }
    if (!withdrawn.isEmpty()) {
      for (final String region : withdrawn.split(SEPARATOR)) {
        final String key = PaceStores.regionYearKey(region, year);
        if (!byRegion.containsKey(region) && cards.delete(key) != null) {
          // The region's last target of the year was withdrawn: its scorecard goes too.
          context.forward(new Record<>(key, null, timestamp));
        }
      }
    }
    final Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    Scorecards.of(byRegion, parent, year, reference)
        .forEach(
            (code, card) -> {
              final String key = PaceStores.regionYearKey(code, year);
              // Why: compared as bytes (evaluatedAt fixed) rather than decoding the stored card.
              final byte[] content = content(card);
              if (!Arrays.equals(cards.get(key), content)) {
                cards.put(key, content);
                card.setEvaluatedAt(now);
                context.forward(new Record<>(key, card, timestamp));
              }
            });
  }

  private static boolean listed(final String list, final String region) {
    return !list.isEmpty() && Arrays.asList(list.split(SEPARATOR)).contains(region);
  }

  private static byte[] content(final RegionScorecard card) {
    try {
      final ByteBuffer encoded = card.toByteBuffer();
      final byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      return bytes;
    } catch (final IOException e) {
      throw new UncheckedIOException("scorecard " + card.getRegionCode() + " not encodable", e);
    }
  }
}
