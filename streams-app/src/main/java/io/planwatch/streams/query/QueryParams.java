package io.planwatch.streams.query;

import io.javalin.http.BadRequestResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and checks the parameters of a query: every failure is a 400 whose message names the
 * parameter, the value received and what is allowed. Works on plain strings (a missing parameter is
 * {@code null}), so it is tested without HTTP.
 */
final class QueryParams {

  static final int MIN_YEAR = 1949;
  static final int MAX_YEAR = 2100;
  static final int DEFAULT_LIMIT = 1000;
  static final int MAX_LIMIT = 10_000;

  private QueryParams() {}

  /** A required year, {@value #MIN_YEAR}..{@value #MAX_YEAR}. */
  static int year(final String name, final String value) {
    return optionalYear(name, value)
        .orElseThrow(() -> bad(name, "is required: a year " + MIN_YEAR + ".." + MAX_YEAR));
  }

  /** An optional year, {@value #MIN_YEAR}..{@value #MAX_YEAR}. */
  static Optional<Integer> optionalYear(final String name, final String value) {
    return optionalInt(name, value, MIN_YEAR, MAX_YEAR, "a year");
  }

  /** The {@code limit} parameter, 1..{@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} if absent. */
  static int limit(final String value) {
    return optionalInt("limit", value, 1, MAX_LIMIT, "a number of items").orElse(DEFAULT_LIMIT);
  }

  /** A required non-blank code (region, indicator, target id) without {@code |}. */
  static String code(final String name, final String value) {
    return optionalCode(name, value).orElseThrow(() -> bad(name, "is required"));
  }

  /** An optional non-blank code without {@code |}, which the store keys use as separator. */
  static Optional<String> optionalCode(final String name, final String value) {
    if (value == null) {
      return Optional.empty();
    }
    final String trimmed = value.trim();
    if (trimmed.isEmpty() || trimmed.indexOf('|') >= 0) {
      throw bad(name, "'" + value + "' is not a code: it must be non-blank, without '|'");
    }
    return Optional.of(trimmed);
  }

  /** {@code true} or {@code false}; absent is {@code false}. */
  static boolean flag(final String name, final String value) {
    if (value == null || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.isEmpty() || value.equalsIgnoreCase("true")) {
      return true;
    }
    throw bad(name, "'" + value + "' is not one of true, false");
  }

  /**
   * A comma-separated set of enum names, case-insensitive; absent or empty means every constant.
   */
  static <E extends Enum<E>> Set<E> enums(
      final String name, final String value, final Class<E> type) {
    if (value == null || value.isBlank()) {
      return EnumSet.allOf(type);
    }
    final Set<E> result = EnumSet.noneOf(type);
    for (final String part : value.split(",")) {
      result.add(oneOf(name, part.trim(), type));
    }
    return result;
  }

  /** One enum constant by name, case-insensitive. */
  static <E extends Enum<E>> E oneOf(final String name, final String value, final Class<E> type) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (final IllegalArgumentException e) {
      throw bad(name, "'" + value + "' is not one of " + allowed(type, Enum::name));
    }
  }

  /** One of a fixed list of lower-case words, e.g. {@code open, closed, all}. */
  static <E extends Enum<E>> E word(
      final String name, final String value, final Class<E> type, final E absent) {
    if (value == null) {
      return absent;
    }
    for (final E constant : type.getEnumConstants()) {
      if (lower(constant).equals(value.trim().toLowerCase(Locale.ROOT))) {
        return constant;
      }
    }
    throw bad(name, "'" + value + "' is not one of " + allowed(type, QueryParams::lower));
  }

  static BadRequestResponse bad(final String name, final String problem) {
    return new BadRequestResponse("parameter '" + name + "': " + problem);
  }

  private static Optional<Integer> optionalInt(
      final String name, final String value, final int min, final int max, final String what) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      final int parsed = Integer.parseInt(value.trim());
      if (parsed >= min && parsed <= max) {
        return Optional.of(parsed);
      }
    } catch (final NumberFormatException e) {
      // reported below, with the range
    }
    throw bad(name, "'" + value + "' is not " + what + " " + min + ".." + max);
  }

  private static <E extends Enum<E>> String allowed(
      final Class<E> type, final Function<E, String> label) {
    return Arrays.stream(type.getEnumConstants()).map(label).collect(Collectors.joining(", "));
  }

  private static String lower(final Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
