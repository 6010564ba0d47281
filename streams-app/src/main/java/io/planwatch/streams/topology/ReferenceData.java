package io.planwatch.streams.topology;

import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Region;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * The reference data every instance holds in full (global stores of regions and indicators), read
 * as domain types.
 */
final class ReferenceData {
  private final KeyValueStore<String, ValueAndTimestamp<io.planwatch.avro.Region>> regions;
  private final KeyValueStore<String, ValueAndTimestamp<IndicatorDefinition>> indicators;

  private ReferenceData(
      final KeyValueStore<String, ValueAndTimestamp<io.planwatch.avro.Region>> regions,
      final KeyValueStore<String, ValueAndTimestamp<IndicatorDefinition>> indicators) {
    this.regions = regions;
    this.indicators = indicators;
  }

  /** The global stores, as connected to the processor of {@code context}. */
  static ReferenceData of(final ProcessingContext context) {
    return new ReferenceData(
        context.getStateStore(PaceStores.REGIONS), context.getStateStore(PaceStores.INDICATORS));
  }

  /** The region, or null when the code is unknown. */
  Region region(final String code) {
    final io.planwatch.avro.Region r = avroRegion(code);
    return r == null ? null : DomainViews.region(r);
  }

  /** The region as published, or null when the code is unknown. */
  io.planwatch.avro.Region avroRegion(final String code) {
    final ValueAndTimestamp<io.planwatch.avro.Region> r = regions.get(code);
    return r == null ? null : r.value();
  }

  /** The indicator, or null when the code is unknown. */
  Indicator indicator(final String code) {
    final ValueAndTimestamp<IndicatorDefinition> d = indicators.get(code);
    return d == null ? null : DomainViews.indicator(d.value());
  }
}
