package io.planwatch.streams.topology;

import io.planwatch.streams.config.DlqConfig;
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
  /**
   * Streams property holding the {@link DeadLetterSink} of the global reference stores; set by the
   * runtime, which owns the producer behind it.
   */
  public static final String DEAD_LETTER_SINK = "planwatch.dlq.sink";

  private PaceStreamsDefaults() {}

  /**
   * @param dlq the dead-letter settings (also set by {@code AppConfig.toStreamsProperties}; here so
   *     that the topology's handlers work with any properties, e.g. in tests)
   * @param metrics where dead letters are counted
   */
  public static Map<String, Object> of(final DlqConfig dlq, final DomainMetrics metrics) {
    final Map<String, Object> defaults = new LinkedHashMap<>(dlq.toProperties());
    defaults.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DlqDeserializationHandler.class.getName());
    defaults.put(
        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        DlqProcessingHandler.class.getName());
    defaults.put(ErrorHandlerSettings.DOMAIN_METRICS, metrics);
    return defaults;
  }
}
