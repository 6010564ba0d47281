package io.planwatch.producers.convert;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps an enum of the domain model to the Avro enum of the same name and back. Both sides spell the
 * same constants (docs/architecture.md vocabulary); {@code EnumMappingTest} checks every pair, so a
 * constant added on one side only fails the build rather than a publish.
 */
final class EnumMapping {
  // Per domain enum, per Avro enum: the counterpart of each constant by ordinal (null if none).
  // Mapping runs for every published record; a name look-up each time was measurable.
  private static final ClassValue<Map<Class<?>, Enum<?>[]>> TABLES =
      new ClassValue<>() {
        @Override
        protected Map<Class<?>, Enum<?>[]> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  private EnumMapping() {}

  /**
   * The counterparts of every constant of {@code from} in {@code to}, by ordinal, for mappers on
   * the publishing hot path; use {@link #map} on them to get the error for a missing one.
   */
  static <T extends Enum<T>> T[] counterparts(Class<? extends Enum<?>> from, Class<T> to) {
    Enum<?>[] table = table(from, to);
    @SuppressWarnings("unchecked")
    T[] typed = (T[]) java.lang.reflect.Array.newInstance(to, table.length);
    for (int i = 0; i < table.length; i++) {
      typed[i] = to.cast(table[i]);
    }
    return typed;
  }

  /** The counterpart of {@code value} from a {@link #counterparts} table, or null for null. */
  static <T extends Enum<T>> T map(Enum<?> value, T[] counterparts, Class<T> type) {
    if (value == null) {
      return null;
    }
    T mapped = counterparts[value.ordinal()];
    return mapped != null ? mapped : map(value, type);
  }

  /** The constant of {@code type} named like {@code value}, or null for null. */
  static <T extends Enum<T>> T map(Enum<?> value, Class<T> type) {
    if (value == null) {
      return null;
    }
    Enum<?>[] table =
        TABLES
            .get(value.getDeclaringClass())
            .computeIfAbsent(type, t -> table(value.getDeclaringClass(), type));
    Enum<?> mapped = table[value.ordinal()];
    if (mapped == null) {
      throw new IllegalArgumentException(
          value.getDeclaringClass().getSimpleName()
              + "."
              + value.name()
              + " has no counterpart in "
              + type.getName());
    }
    return type.cast(mapped);
  }

  private static <T extends Enum<T>> Enum<?>[] table(Class<?> from, Class<T> to) {
    Object[] constants = from.getEnumConstants();
    Enum<?>[] table = new Enum<?>[constants.length];
    for (T target : to.getEnumConstants()) {
      for (Object constant : constants) {
        if (((Enum<?>) constant).name().equals(target.name())) {
          table[((Enum<?>) constant).ordinal()] = target;
        }
      }
    }
    return table;
  }
}
