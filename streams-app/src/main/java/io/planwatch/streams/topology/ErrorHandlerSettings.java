package io.planwatch.streams.topology;

import io.planwatch.registry.client.RegistryUnreachableException;
import io.planwatch.streams.config.DlqConfig;
import io.planwatch.streams.metrics.DlqReason;
import io.planwatch.streams.metrics.DlqStage;
import io.planwatch.streams.metrics.DomainMetrics;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

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
 */
record ErrorHandlerSettings(
    String dlqTopic,
    String applicationId,
    boolean enabled,
    boolean continueOnUnhandledErrors,
    DomainMetrics metrics) {

  /** Streams property holding the {@link DomainMetrics} instance. */
  static final String DOMAIN_METRICS = "planwatch.domain.metrics";

  /** Reads the settings; the dead-letter ones as {@link DlqConfig#fromProperties} reads them. */
  static ErrorHandlerSettings from(final Map<String, ?> configs) {
    final DlqConfig dlq = DlqConfig.fromProperties(configs);
    final Object metrics = configs.get(DOMAIN_METRICS);
    if (metrics != null && !(metrics instanceof DomainMetrics)) {
      throw new ConfigException(DOMAIN_METRICS, metrics, "must be a DomainMetrics instance");
    }
    return new ErrorHandlerSettings(
        dlq.topic(),
        Objects.toString(configs.get(StreamsConfig.APPLICATION_ID_CONFIG), ""),
        dlq.enabled(),
        dlq.continueOnUnhandledErrors(),
        (DomainMetrics) metrics);
  }

  /** Counts a dead letter, when metrics were given. */
  void count(final DlqStage stage, final DlqReason reason) {
    if (metrics != null) {
      metrics.deadLettered(stage, reason);
    }
  }

  /** An infrastructure failure: the registry (or something it needs) is unreachable. */
  static boolean isInfrastructure(final Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof RegistryUnreachableException) {
        return true;
      }
    }
    return false;
  }
}
