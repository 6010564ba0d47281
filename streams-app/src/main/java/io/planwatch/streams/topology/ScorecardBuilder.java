package io.planwatch.streams.topology;

import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.RegionScorecard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the progress of every target of a parent region's children for each year ({@code
 * parent|year|region|targetId}) and, on each change, recomputes the siblings' scorecards, emitting
 * those that changed (keyed {@code region|year}).
 */
final class ScorecardBuilder
    implements Processor<String, IndicatorProgress, String, RegionScorecard> {
  private static final StringSerializer KEYS = new StringSerializer();

  private ProcessorContext<String, RegionScorecard> context;
  private ReferenceData reference;
  private KeyValueStore<String, IndicatorProgress> inputs;
  private KeyValueStore<String, RegionScorecard> cards;

  @Override
  public void init(final ProcessorContext<String, RegionScorecard> processorContext) {
    context = processorContext;
    reference = ReferenceData.of(context);
    inputs = context.getStateStore(PaceStores.SCORECARD_INPUTS);
    cards = context.getStateStore(PaceStores.SCORECARD_STATE);
  }

  @Override
  public void process(final Record<String, IndicatorProgress> record) {
    if (record.value() == null) {
      inputs.delete(record.key());
    } else {
      inputs.put(record.key(), record.value());
    }
    final String[] parts = record.key().split("\\|", 4);
    final String parent = parts[0];
    final int year = Integer.parseInt(parts[1]);
    final Map<String, List<IndicatorProgress>> byRegion = new TreeMap<>();
    try (KeyValueIterator<String, IndicatorProgress> it =
        inputs.prefixScan(parent + "|" + year + "|", KEYS)) {
      while (it.hasNext()) {
        final KeyValue<String, IndicatorProgress> next = it.next();
        byRegion
            .computeIfAbsent(next.value.getRegionCode(), r -> new ArrayList<>())
            .add(next.value);
      }
    }
    final Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    final String region = parts[2];
    if (!byRegion.containsKey(region)
        && cards.delete(PaceStores.regionYearKey(region, year)) != null) {
      // The region's last target of the year was withdrawn: its scorecard goes too.
      context.forward(
          new Record<>(PaceStores.regionYearKey(region, year), null, record.timestamp()));
    }
    Scorecards.of(byRegion, parent, year, reference, now)
        .forEach(
            (code, card) -> {
              final String key = PaceStores.regionYearKey(code, year);
              if (!Scorecards.sameContent(cards.get(key), card)) {
                cards.put(key, card);
                context.forward(new Record<>(key, card, record.timestamp()));
              }
            });
  }
}
