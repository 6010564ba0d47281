package io.planwatch.streams.config;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Masks secret values (passwords, JAAS configs, keys, tokens) before anything is logged. */
final class Secrets {

  static final String MASK = "******";

  private static final Pattern SECRET_KEY =
      Pattern.compile("password|jaas|secret|user\\.info|token|credentials|\\.key$");

  private Secrets() {}

  static boolean isSecret(final String key) {
    return SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).find();
  }

  static Map<String, String> masked(final Map<String, String> properties) {
    final Map<String, String> copy = new TreeMap<>();
    properties.forEach((k, v) -> copy.put(k, isSecret(k) ? MASK : v));
    return copy;
  }
}
