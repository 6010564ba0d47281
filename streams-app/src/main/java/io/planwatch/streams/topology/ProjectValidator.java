package io.planwatch.streams.topology;

import io.planwatch.avro.ProjectUpdate;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Checks a project update against the contract and the regions before it is tracked. */
final class ProjectValidator implements FixedKeyProcessor<String, ProjectUpdate, ProjectUpdate> {
  private FixedKeyProcessorContext<String, ProjectUpdate> context;
  private ReferenceData reference;

  @Override
  public void init(final FixedKeyProcessorContext<String, ProjectUpdate> processorContext) {
    context = processorContext;
    reference = ReferenceData.of(context);
  }

  @Override
  public void process(final FixedKeyRecord<String, ProjectUpdate> record) {
    final ProjectUpdate u = record.value();
    if (u == null) {
      throw new InvalidRecordException("value", "missing (a tombstone on a delete topic)");
    }
    if (u.getProjectId().isBlank() || u.getProjectId().indexOf('|') >= 0) {
      throw new InvalidRecordException(
          "projectId", "must be non-blank without '|', was '" + u.getProjectId() + "'");
    }
    if (!u.getProjectId().equals(record.key())) {
      throw new InvalidRecordException(
          "key", "'" + record.key() + "' does not match the project id '" + u.getProjectId() + "'");
    }
    if (reference.avroRegion(u.getRegionCode()) == null) {
      throw new InvalidRecordException("regionCode", "unknown region '" + u.getRegionCode() + "'");
    }
    if (!Double.isFinite(u.getInvestmentCompletedYtd()) || u.getInvestmentCompletedYtd() < 0) {
      throw new InvalidRecordException(
          "investmentCompletedYtd",
          "must be a finite number >= 0, was " + u.getInvestmentCompletedYtd());
    }
    context.forward(record);
  }
}
