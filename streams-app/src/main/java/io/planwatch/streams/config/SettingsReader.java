package io.planwatch.streams.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads typed values out of the merged layers and collects every problem instead of stopping at the
 * first, each naming the setting, its value, where it came from and what is wrong.
 */
final class SettingsReader {

  /** A value and the place it came from. */
  record Sourced(String value, String origin) {}

  private final Map<String, Sourced> values;
  private final List<String> problems = new ArrayList<>();

  SettingsReader(final Map<String, Sourced> values) {
    this.values = values;
  }

  List<String> problems() {
    return problems;
  }

  /** The trimmed text of a setting; empty when unset. */
  String text(final ConfigKey key) {
    final Sourced sourced = values.get(key.key());
    return sourced == null ? "" : sourced.value().trim();
  }

  OptionalInt integer(final ConfigKey key, final int min, final int max) {
    final String text = text(key);
    try {
      final int value = Integer.parseInt(text);
      if (value < min || value > max) {
        problem(key, "must be between " + min + " and " + max);
        return OptionalInt.empty();
      }
      return OptionalInt.of(value);
    } catch (final NumberFormatException e) {
      problem(key, "not a whole number");
      return OptionalInt.empty();
    }
  }

  boolean bool(final ConfigKey key) {
    final String text = text(key);
    if ("true".equalsIgnoreCase(text)) {
      return true;
    }
    if (!"false".equalsIgnoreCase(text)) {
      problem(key, "must be true or false");
    }
    return false;
  }

  void problem(final ConfigKey key, final String what) {
    final Sourced sourced = values.get(key.key());
    final String shown =
        sourced == null ? "(unset)" : "'" + (key.secret() ? Secrets.MASK : sourced.value()) + "'";
    final String origin = sourced == null ? "" : " (" + sourced.origin() + ")";
    problems.add(key.key() + " = " + shown + origin + ": " + what);
  }

  void problem(final String key, final String what) {
    final Sourced sourced = values.get(key);
    final String origin = sourced == null ? "" : " (" + sourced.origin() + ")";
    problems.add(key + origin + ": " + what);
  }
}
