package io.planwatch.streams.topology;

import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.Region;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Sends every progress change to the scorecard of its region's parent ({@code
 * parent|year|region|targetId}): a region's rank among its sibling regions needs all of them in one
 * task. A region without a parent is its own group ({@value #NO_PARENT}). Only what a scorecard
 * reads travels ({@link ScorecardEntry}); null when the target's progress was withdrawn.
 */
final class ScorecardRouter implements Processor<String, SeriesOutput, String, ScorecardEntry> {
  static final String NO_PARENT = "-";

  private ProcessorContext<String, ScorecardEntry> context;
  private ReferenceData reference;

  @Override
  public void init(final ProcessorContext<String, ScorecardEntry> processorContext) {
    context = processorContext;
    reference = ReferenceData.of(context);
  }

  @Override
  public void process(final Record<String, SeriesOutput> record) {
    final SeriesOutput.ProgressChanged changed = (SeriesOutput.ProgressChanged) record.value();
    final IndicatorProgress where =
        changed.progress() != null ? changed.progress() : changed.previous();
    final Region region = reference.avroRegion(where.getRegionCode());
    final String parent =
        region == null || region.getParentCode() == null ? NO_PARENT : region.getParentCode();
    final String key =
        String.join(
            "|",
            parent,
            Integer.toString(where.getYear()),
            where.getRegionCode(),
            where.getTargetId());
    context.forward(
        record
            .withKey(key)
            .withValue(changed.progress() == null ? null : ScorecardEntry.of(changed.progress())));
  }
}
