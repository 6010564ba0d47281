package io.planwatch.producers.convert;

/**
 * Maps an enum of the domain model to the Avro enum of the same name and back. Both sides spell the
 * same constants (DESIGN.md vocabulary); {@code EnumMappingTest} checks every pair, so a constant
 * added on one side only fails the build rather than a publish.
 */
final class EnumMapping {
  private EnumMapping() {}

  /** The constant of {@code type} named like {@code value}, or null for null. */
  static <T extends Enum<T>> T map(Enum<?> value, Class<T> type) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.name());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          value.getDeclaringClass().getSimpleName()
              + "."
              + value.name()
              + " has no counterpart in "
              + type.getName(),
          e);
    }
  }
}
