package io.planwatch.streams.topology;

import io.planwatch.registry.client.RegistryUnreachableException;
import io.planwatch.streams.metrics.DlqReason;
import io.planwatch.streams.metrics.DlqStage;
import io.planwatch.streams.metrics.DomainMetrics;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * What the dead-letter handlers read from the streams properties in {@code configure}: the
 * dead-letter topic ({@code errors.dead.letter.queue.topic.name}), the application id, the two
 * switches and the {@link DomainMetrics} to count into (an object property, as Kafka passes the
 * original values through).
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

  /** Streams property: whether bad records go to the dead-letter topic (default true). */
  static final String DLQ_ENABLED = "planwatch.dlq.enabled";

  /** Streams property: dead-letter infrastructure failures too (default false: fail fast). */
  static final String CONTINUE_ON_UNHANDLED = "planwatch.dlq.continue.on.unhandled.errors";

  /** Streams property holding the {@link DomainMetrics} instance. */
  static final String DOMAIN_METRICS = "planwatch.domain.metrics";

  static ErrorHandlerSettings from(final Map<String, ?> configs) {
    final Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    final boolean enabled = flag(configs, DLQ_ENABLED, true);
    if (enabled && (topic == null || topic.toString().isBlank())) {
      throw new ConfigException(
          StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
              + " must name the dead-letter topic when "
              + DLQ_ENABLED
              + " is true");
    }
    final Object metrics = configs.get(DOMAIN_METRICS);
    if (metrics != null && !(metrics instanceof DomainMetrics)) {
      throw new ConfigException(DOMAIN_METRICS, metrics, "must be a DomainMetrics instance");
    }
    return new ErrorHandlerSettings(
        topic == null ? null : topic.toString(),
        Objects.toString(configs.get(StreamsConfig.APPLICATION_ID_CONFIG), ""),
        enabled,
        flag(configs, CONTINUE_ON_UNHANDLED, false),
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

  private static boolean flag(final Map<String, ?> configs, final String key, final boolean dflt) {
    final Object value = configs.get(key);
    return value == null ? dflt : Boolean.parseBoolean(value.toString());
  }
}
