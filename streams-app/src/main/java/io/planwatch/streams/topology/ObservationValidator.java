package io.planwatch.streams.topology;

import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.streams.metrics.DomainMetrics;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Checks a decoded observation against the contract and the reference data before anything is
 * stored: a record that breaks it throws {@link InvalidRecordException}, which the processing
 * handler dead-letters with the original bytes; a valid one is counted and passed on.
 */
final class ObservationValidator
    implements FixedKeyProcessor<String, StatisticalObservation, StatisticalObservation> {
  private static final int MIN_YEAR = 1949;
  private static final int MAX_YEAR = 2200;

  private final DomainMetrics metrics;
  private FixedKeyProcessorContext<String, StatisticalObservation> context;
  private ReferenceData reference;

  ObservationValidator(final DomainMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void init(
      final FixedKeyProcessorContext<String, StatisticalObservation> processorContext) {
    context = processorContext;
    reference = ReferenceData.of(context);
  }

  @Override
  public void process(final FixedKeyRecord<String, StatisticalObservation> record) {
    final StatisticalObservation o = record.value();
    if (o == null) {
      throw new InvalidRecordException("value", "missing (a tombstone on a delete topic)");
    }
    checkCode("indicatorCode", o.getIndicatorCode());
    checkCode("regionCode", o.getRegionCode());
    if (o.getReleaseId().isBlank()) {
      throw new InvalidRecordException("releaseId", "blank");
    }
    if (o.getRevision() < 0) {
      throw new InvalidRecordException("revision", "must be >= 0, was " + o.getRevision());
    }
    if (!Double.isFinite(o.getValue())) {
      throw new InvalidRecordException("value", "must be a finite number, was " + o.getValue());
    }
    final int year = o.getPeriod().getYear();
    final int month = o.getPeriod().getMonth();
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) {
      throw new InvalidRecordException("period", "impossible period " + year + "-" + month);
    }
    final String expectedKey = SeriesKeys.observation(o);
    if (!expectedKey.equals(record.key())) {
      throw new InvalidRecordException(
          "key", "'" + record.key() + "' does not match the value's '" + expectedKey + "'");
    }
    final Indicator indicator = reference.indicator(o.getIndicatorCode());
    if (indicator == null) {
      throw new InvalidRecordException(
          "indicatorCode", "unknown indicator '" + o.getIndicatorCode() + "'");
    }
    if (reference.avroRegion(o.getRegionCode()) == null) {
      throw new InvalidRecordException("regionCode", "unknown region '" + o.getRegionCode() + "'");
    }
    final Measure measure = DomainViews.measure(o);
    if ((indicator.measure() == Measure.RATE) != (measure == Measure.RATE)) {
      // A rate has no level and a level has no rate: the figure cannot belong to this indicator.
      throw new InvalidRecordException(
          "measure",
          measure + " is not a measure of " + indicator.code() + " (" + indicator.measure() + ")");
    }
    metrics.observationProcessed(measure);
    context.forward(record);
  }

  private static void checkCode(final String field, final String code) {
    if (code.isBlank() || code.indexOf('|') >= 0) {
      throw new InvalidRecordException(field, "must be non-blank without '|', was '" + code + "'");
    }
  }
}
