package io.planwatch.streams.topology;

import io.planwatch.registry.client.RegistryUnreachableException;
import io.planwatch.streams.config.DlqConfig;
import io.planwatch.streams.metrics.DlqReason;
import io.planwatch.streams.metrics.DlqStage;
import io.planwatch.streams.metrics.DomainMetrics;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;

/**
 * What the dead-letter handlers read from the streams properties in {@code configure}: the {@link
 * DlqConfig} settings ({@code planwatch.dlq.*}), the application id and the {@link DomainMetrics}
 * to count into (an object property, as Kafka passes the original values through).
 *
 * @param dlqTopic where dead letters go
 * @param applicationId written into every dead letter, so several apps can share a topic
 * @param enabled false: every bad record fails the app instead
 * @param continueOnUnhandledErrors also dead-letter infrastructure failures (registry unreachable)
 * @param metrics where dead letters are counted, or null when none was given
 * @param sink where the topology's own dead letters go (those of the global stores), or null
 */
record ErrorHandlerSettings(
    String dlqTopic,
    String applicationId,
    boolean enabled,
    boolean continueOnUnhandledErrors,
    DomainMetrics metrics,
    DeadLetterSink sink) {

  /** Streams property holding the {@link DomainMetrics} instance. */
  static final String DOMAIN_METRICS = "planwatch.domain.metrics";

  /** Reads the settings; the dead-letter ones as {@link DlqConfig#fromProperties} reads them. */
  static ErrorHandlerSettings from(final Map<String, ?> configs) {
    final DlqConfig dlq = DlqConfig.fromProperties(configs);
    final Object metrics = configs.get(DOMAIN_METRICS);
    if (metrics != null && !(metrics instanceof DomainMetrics)) {
      throw new ConfigException(DOMAIN_METRICS, metrics, "must be a DomainMetrics instance");
    }
    final Object sink = configs.get(PaceStreamsDefaults.DEAD_LETTER_SINK);
    if (sink != null && !(sink instanceof DeadLetterSink)) {
      throw new ConfigException(
          PaceStreamsDefaults.DEAD_LETTER_SINK, sink, "must be a DeadLetterSink instance");
    }
    return new ErrorHandlerSettings(
        dlq.topic(),
        Objects.toString(configs.get(StreamsConfig.APPLICATION_ID_CONFIG), ""),
        dlq.enabled(),
        dlq.continueOnUnhandledErrors(),
        (DomainMetrics) metrics,
        (DeadLetterSink) sink);
  }

  /**
   * Whether the app must fail on {@code exception} rather than dead-letter the record: dead letters
   * are off, or the registry is unreachable (unless configured to dead-letter that too). Logs it.
   */
  boolean mustFail(final ErrorHandlerContext context, final Exception exception, final Logger log) {
    final boolean infrastructure = isInfrastructure(exception);
    if (enabled && !(infrastructure && !continueOnUnhandledErrors)) {
      return false;
    }
    log.error(
        "Failing on {}-{}@{} at {} (infrastructure: {})",
        context.topic(),
        context.partition(),
        context.offset(),
        context.processorNodeId(),
        infrastructure,
        exception);
    return true;
  }

  /** Counts the dead letter of the record behind {@code context}, logs it, and builds it. */
  List<ProducerRecord<byte[], byte[]>> deadLetter(
      final ErrorHandlerContext context,
      final byte[] key,
      final byte[] value,
      final DlqStage stage,
      final DlqReason reason,
      final Exception exception,
      final Logger log) {
    log.warn(
        "Dead-lettering {}-{}@{} at {} ({} {}): {}",
        context.topic(),
        context.partition(),
        context.offset(),
        context.processorNodeId(),
        stage,
        reason,
        exception.getMessage());
    if (metrics != null) {
      metrics.deadLettered(stage, reason);
    }
    return DeadLetterHeaders.record(
        dlqTopic, applicationId, context, key, value, stage, reason, exception);
  }

  /** An infrastructure failure: the registry (or something it needs) is unreachable. */
  static boolean isInfrastructure(final Throwable error) {
    return RegistryUnreachableException.isCauseOf(error);
  }
}
