package io.planwatch.streams.config;

import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * Dead-letter settings for the topology's exception handlers (deserialization, processing,
 * production). Kafka creates those handlers by class name and hands them the streams properties in
 * {@code configure(Map)}, so {@link AppConfig#toStreamsProperties()} carries these settings under
 * the {@code planwatch.dlq.*} keys below and a handler reads them back with {@link
 * #fromProperties(Map)}. The handler classes themselves are set by the topology through {@code
 * StreamsApp.Builder.streamsDefault}.
 *
 * @param topic the full dead-letter topic name (prefix + {@code dlq})
 * @param enabled poison pills and data errors go to {@code topic} and processing continues; when
 *     false they fail the app
 * @param continueOnUnhandledErrors also dead-letter deserialization failures that are not a bad
 *     record (e.g. registry unreachable) instead of failing fast
 */
public record DlqConfig(String topic, boolean enabled, boolean continueOnUnhandledErrors) {

  /** Streams property holding {@link #topic()}. */
  public static final String TOPIC = "planwatch.dlq.topic";

  /** Streams property holding {@link #enabled()}. */
  public static final String ENABLED = "planwatch.dlq.enabled";

  /** Streams property holding {@link #continueOnUnhandledErrors()}. */
  public static final String CONTINUE_ON_UNHANDLED_ERRORS =
      "planwatch.dlq.continue.on.unhandled.errors";

  /** These settings as streams properties. */
  public Map<String, Object> toProperties() {
    return Map.of(
        TOPIC, topic, ENABLED, enabled, CONTINUE_ON_UNHANDLED_ERRORS, continueOnUnhandledErrors);
  }

  /**
   * Reads the settings back from the configuration a handler's {@code configure} receives.
   *
   * @throws ConfigException naming the key that is missing or not a boolean
   */
  public static DlqConfig fromProperties(final Map<String, ?> configs) {
    final Object topic = configs.get(TOPIC);
    if (topic == null || topic.toString().isBlank()) {
      throw new ConfigException(TOPIC, topic, "missing; AppConfig.toStreamsProperties sets it");
    }
    return new DlqConfig(
        topic.toString(), bool(configs, ENABLED), bool(configs, CONTINUE_ON_UNHANDLED_ERRORS));
  }

  private static boolean bool(final Map<String, ?> configs, final String key) {
    final Object value = configs.get(key);
    if (value instanceof Boolean b) {
      return b;
    }
    final String text = value == null ? "" : value.toString().trim();
    if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
      return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
    }
    throw new ConfigException(key, value, "must be true or false");
  }
}
