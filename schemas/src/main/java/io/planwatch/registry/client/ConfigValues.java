package io.planwatch.registry.client;

import java.util.Map;

/**
 * Reads typed settings from a Kafka-style config map, whose values may be strings (from a
 * properties file) or already typed (from code). Errors name the key and the value.
 */
public final class ConfigValues {
  private final Map<String, ?> configs;

  public ConfigValues(Map<String, ?> configs) {
    this.configs = configs == null ? Map.of() : configs;
  }

  /** The value as a string (a class as its name), or the default when absent. */
  public String string(String key, String defaultValue) {
    Object value = configs.get(key);
    if (value instanceof Class<?> type) {
      return type.getName();
    }
    return value == null ? defaultValue : value.toString();
  }

  /** The value as a non-blank string; throws naming the key when missing. */
  public String required(String key) {
    String value = string(key, null);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing required setting '" + key + "'");
    }
    return value;
  }

  /** The value as a boolean ({@code true}/{@code false}, any case). */
  public boolean bool(String key, boolean defaultValue) {
    String value = string(key, null);
    if (value == null) {
      return defaultValue;
    }
    String trimmed = value.trim();
    if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(trimmed);
    }
    throw new IllegalArgumentException(key + " must be true or false, was '" + value + "'");
  }

  /** The value as a long. */
  public long longValue(String key, long defaultValue) {
    String value = string(key, null);
    if (value == null) {
      return defaultValue;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, was '" + value + "'", e);
    }
  }
}
