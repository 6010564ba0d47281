package io.planwatch.streams.topology;

import io.planwatch.avro.PlanTarget;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns the target catalogue's changelog (key target id) into changes per series (key {@code
 * indicator|region|targetId}): a target that is deleted, or moves to another indicator or region,
 * leaves its old series with a tombstone; a new or changed one is sent to its series. It remembers
 * each target as last seen to know where it was.
 */
final class TargetRouter implements Processor<String, PlanTarget, String, PlanTarget> {
  private ProcessorContext<String, PlanTarget> context;
  private KeyValueStore<String, PlanTarget> byId;

  @Override
  public void init(final ProcessorContext<String, PlanTarget> processorContext) {
    context = processorContext;
    byId = context.getStateStore(PaceStores.TARGETS_BY_ID);
  }

  @Override
  public void process(final Record<String, PlanTarget> record) {
    final PlanTarget target = record.value();
    if (target != null) {
      validate(record.key(), target);
    }
    final PlanTarget before = byId.get(record.key());
    if (before != null
        && (target == null || !SeriesKeys.series(before).equals(SeriesKeys.series(target)))) {
      context.forward(
          record
              .withKey(SeriesKeys.target(SeriesKeys.series(before), record.key()))
              .withValue(null));
    }
    if (target == null) {
      byId.delete(record.key());
      return;
    }
    if (target.equals(before)) {
      return;
    }
    byId.put(record.key(), target);
    context.forward(record.withKey(SeriesKeys.target(SeriesKeys.series(target), record.key())));
  }

  private static void validate(final String key, final PlanTarget target) {
    if (!target.getId().equals(key)) {
      throw new InvalidRecordException(
          "key", "'" + key + "' does not match the target id '" + target.getId() + "'");
    }
    for (final String code : new String[] {target.getIndicatorCode(), target.getRegionCode()}) {
      if (code.isBlank() || code.indexOf('|') >= 0) {
        throw new InvalidRecordException(
            "indicatorCode/regionCode", "must be non-blank without '|', was '" + code + "'");
      }
    }
    if (!Double.isFinite(target.getValue())) {
      throw new InvalidRecordException("value", "must be finite, was " + target.getValue());
    }
  }
}
