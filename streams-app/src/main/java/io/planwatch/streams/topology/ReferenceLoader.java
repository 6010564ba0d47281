package io.planwatch.streams.topology;

import io.planwatch.streams.metrics.DlqReason;
import io.planwatch.streams.metrics.DlqStage;
import java.nio.charset.StandardCharsets;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a global reference store (regions, indicators) from the raw bytes of its topic, so that a
 * poison pill can be dead-lettered with its context like any other, and the next record of the
 * topic is still read. Kafka 4.3's global thread cannot do that itself: it casts its context to a
 * record collector when a deserialization handler returns dead letters (a ClassCastException that
 * stops the app), and a global table restores its store from the raw bytes without deserializing
 * them at all. The dead letters go through the {@link DeadLetterSink} of the streams properties.
 *
 * <p>Global stores are rebuilt through this processor as well, so a poison pill is dead-lettered
 * again when the store is restored from the beginning (a new instance, wiped state).
 *
 * @param <V> the Avro value type of the topic
 */
final class ReferenceLoader<V extends SpecificRecord>
    implements Processor<byte[], byte[], Void, Void> {
  private static final Logger LOG = LoggerFactory.getLogger(ReferenceLoader.class);

  private final String storeName;
  private final String processorName;
  private final Deserializer<V> values;
  private ProcessorContext<Void, Void> context;
  private TimestampedKeyValueStore<String, V> store;
  private ErrorHandlerSettings settings;

  /**
   * @param storeName the global store this processor fills
   * @param processorName the name written into dead letters
   * @param values the topic's value deserializer
   */
  ReferenceLoader(
      final String storeName, final String processorName, final Deserializer<V> values) {
    this.storeName = storeName;
    this.processorName = processorName;
    this.values = values;
  }

  @Override
  public void init(final ProcessorContext<Void, Void> context) {
    this.context = context;
    this.store = context.getStateStore(storeName);
    this.settings = ErrorHandlerSettings.from(context.appConfigs());
    if (settings.enabled() && settings.sink() == null) {
      throw new StreamsException(
          "Dead letters are enabled but no "
              + DeadLetterSink.class.getSimpleName()
              + " is set under the streams property "
              + PaceStreamsDefaults.DEAD_LETTER_SINK
              + "; the global store "
              + storeName
              + " could not dead-letter a poison pill");
    }
  }

  @Override
  public void process(final Record<byte[], byte[]> record) {
    if (record.key() == null) {
      deadLetter(
          record, new InvalidRecordException("key", "missing; a reference is keyed by its code"));
      return;
    }
    final String code = new String(record.key(), StandardCharsets.UTF_8);
    if (record.value() == null) {
      store.delete(code);
      return;
    }
    final V value;
    try {
      value = values.deserialize(topic(), record.headers(), record.value());
    } catch (final RuntimeException e) {
      deadLetter(record, e);
      return;
    }
    store.put(code, ValueAndTimestamp.make(value, record.timestamp()));
  }

  private void deadLetter(final Record<byte[], byte[]> record, final Exception exception) {
    final Failure failure = new Failure(context.recordMetadata().orElse(null), record);
    if (settings.mustFail(failure, exception, LOG)) {
      throw new StreamsException(
          "Cannot read " + failure.topic() + "-" + failure.partition() + "@" + failure.offset(),
          exception);
    }
    final boolean invalid = exception instanceof InvalidRecordException;
    settings
        .deadLetter(
            failure,
            record.key(),
            record.value(),
            invalid ? DlqStage.PROCESSING : DlqStage.DESERIALIZATION,
            invalid ? DlqReason.INVALID_VALUE : DlqDeserializationHandler.reason(exception),
            exception,
            LOG)
        .forEach(settings.sink()::send);
  }

  private String topic() {
    return context.recordMetadata().map(RecordMetadata::topic).orElse(null);
  }

  /** The context of a record the global store could not take, as the handlers see theirs. */
  private final class Failure implements ErrorHandlerContext {
    private final RecordMetadata metadata;
    private final Record<byte[], byte[]> record;

    Failure(final RecordMetadata metadata, final Record<byte[], byte[]> record) {
      this.metadata = metadata;
      this.record = record;
    }

    @Override
    public String topic() {
      return metadata == null ? null : metadata.topic();
    }

    @Override
    public int partition() {
      return metadata == null ? -1 : metadata.partition();
    }

    @Override
    public long offset() {
      return metadata == null ? -1 : metadata.offset();
    }

    @Override
    public Headers headers() {
      return record.headers();
    }

    @Override
    public String processorNodeId() {
      return processorName;
    }

    /** Global stores belong to no task. */
    @Override
    public TaskId taskId() {
      return null;
    }

    @Override
    public long timestamp() {
      return record.timestamp();
    }

    @Override
    public byte[] sourceRawKey() {
      return record.key();
    }

    @Override
    public byte[] sourceRawValue() {
      return record.value();
    }
  }
}
