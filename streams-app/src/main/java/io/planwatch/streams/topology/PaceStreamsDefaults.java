package io.planwatch.streams.topology;

import io.planwatch.streams.metrics.DomainMetrics;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The streams properties {@link PaceTopology} needs by default: its dead-letter handlers for
 * deserialization and processing, the dead-letter topic, and the metrics they count into. The
 * runner adds them with {@code putIfAbsent}, so an operator's configuration still wins.
 */
public final class PaceStreamsDefaults {
  private PaceStreamsDefaults() {}

  /**
   * @param dlqTopic the full dead-letter topic name
   * @param enabled false: bad records fail the app instead of being dead-lettered
   * @param continueOnUnhandledErrors dead-letter infrastructure failures too (not recommended)
   * @param metrics where dead letters are counted
   */
  public static Map<String, Object> of(
      final String dlqTopic,
      final boolean enabled,
      final boolean continueOnUnhandledErrors,
      final DomainMetrics metrics) {
    final Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DlqDeserializationHandler.class.getName());
    defaults.put(
        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        DlqProcessingHandler.class.getName());
    defaults.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, dlqTopic);
    defaults.put(ErrorHandlerSettings.DLQ_ENABLED, Boolean.toString(enabled));
    defaults.put(
        ErrorHandlerSettings.CONTINUE_ON_UNHANDLED, Boolean.toString(continueOnUnhandledErrors));
    defaults.put(ErrorHandlerSettings.DOMAIN_METRICS, metrics);
    return defaults;
  }
}
