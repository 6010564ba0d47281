package io.planwatch.streams.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One layer of settings (code defaults, a file, the environment, the command line) as flat {@code
 * key → text}, remembering where each value came from so errors can say so.
 *
 * @param values flat keys such as {@code http.port} or {@code kafka.security.protocol}
 * @param originOf names the place a key was read from, e.g. {@code environment variable
 *     PLANWATCH_HTTP_PORT} or {@code file app.yaml}
 */
public record ConfigLayer(Map<String, String> values, UnaryOperator<String> originOf) {

  /** Variables with the prefix that are not settings: the config file's path. */
  public static final String CONFIG_FILE_ENV = ConfigKey.ENV_PREFIX + "CONFIG";

  private static final Set<String> NOT_SETTINGS = Set.of(CONFIG_FILE_ENV);

  private static final Logger LOG = LoggerFactory.getLogger(ConfigLayer.class);

  public ConfigLayer {
    values = Map.copyOf(values);
    Objects.requireNonNull(originOf, "originOf");
  }

  /** The code defaults of every {@link ConfigKey}. */
  public static ConfigLayer defaults() {
    final Map<String, String> values = new LinkedHashMap<>();
    for (final ConfigKey key : ConfigKey.values()) {
      values.put(key.key(), key.defaultValue());
    }
    return new ConfigLayer(values, key -> "default");
  }

  /**
   * Settings from environment variables: {@code PLANWATCH_HTTP_PORT} sets {@code http.port}, {@code
   * PLANWATCH_KAFKA_SECURITY_PROTOCOL} sets the Kafka property {@code security.protocol}. Variables
   * without the prefix are not ours. {@code PLANWATCH_*} variables that name no setting are logged
   * and skipped, not fatal: other planwatch tools (producers, scripts) share the prefix and often
   * the same environment.
   */
  public static ConfigLayer fromEnvironment(final Map<String, String> environment) {
    final Map<String, String> values = new LinkedHashMap<>();
    environment.forEach(
        (name, value) -> {
          if (!name.startsWith(ConfigKey.ENV_PREFIX) || NOT_SETTINGS.contains(name)) {
            return;
          }
          final String key = ConfigKey.keyOfEnvName(name);
          if (key.startsWith(ConfigKey.KAFKA_PREFIX) || ConfigKey.fromKey(key).isPresent()) {
            values.put(key, value);
          } else {
            LOG.warn("Environment variable {} names no setting of the streams app; ignored", name);
          }
        });
    return new ConfigLayer(values, key -> "environment variable " + ConfigKey.envNameOf(key));
  }

  /** Explicit overrides, e.g. command-line options; {@code origin} names them in errors. */
  public static ConfigLayer of(final Map<String, String> values, final String origin) {
    return new ConfigLayer(values, key -> origin);
  }

  @Override
  public String toString() {
    return "ConfigLayer" + values.keySet();
  }
}
