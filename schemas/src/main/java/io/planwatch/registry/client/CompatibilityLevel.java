package io.planwatch.registry.client;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * A subject's compatibility level, with Confluent's names and meaning, checked with Avro's own
 * {@link SchemaCompatibility}. BACKWARD: the new schema reads data written with the previous one;
 * FORWARD: the previous schema reads data written with the new one; FULL: both. The transitive
 * levels check against every earlier version instead of the latest only.
 */
public enum CompatibilityLevel {
  NONE(false, false, false),
  BACKWARD(true, false, false),
  BACKWARD_TRANSITIVE(true, false, true),
  FORWARD(false, true, false),
  FORWARD_TRANSITIVE(false, true, true),
  FULL(true, true, false),
  FULL_TRANSITIVE(true, true, true);

  private final boolean backward;
  private final boolean forward;
  private final boolean transitive;

  CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
    this.backward = backward;
    this.forward = forward;
    this.transitive = transitive;
  }

  /**
   * Why {@code candidate} may not follow {@code previous} under this level.
   *
   * @param candidate the schema to be registered
   * @param previous earlier versions of the subject, oldest first
   * @return human-readable incompatibilities; empty when compatible
   */
  public List<String> incompatibilities(Schema candidate, List<Schema> previous) {
    List<String> messages = new ArrayList<>();
    if (previous.isEmpty() || this == NONE) {
      return messages;
    }
    List<Schema> toCheck = transitive ? previous : List.of(previous.get(previous.size() - 1));
    for (Schema existing : toCheck) {
      if (backward) {
        describe(
            SchemaCompatibility.checkReaderWriterCompatibility(candidate, existing),
            "BACKWARD",
            messages);
      }
      if (forward) {
        describe(
            SchemaCompatibility.checkReaderWriterCompatibility(existing, candidate),
            "FORWARD",
            messages);
      }
    }
    return messages;
  }

  private static void describe(SchemaPairCompatibility result, String direction, List<String> out) {
    if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
      return;
    }
    result
        .getResult()
        .getIncompatibilities()
        .forEach(
            i ->
                out.add(
                    direction
                        + ": "
                        + i.getType()
                        + " at "
                        + i.getLocation()
                        + ": "
                        + i.getMessage()));
  }

  /** The level of a Confluent name, case-insensitive; throws naming the allowed values. */
  public static CompatibilityLevel parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown compatibility level '" + name + "'; expected one of " + List.of(values()), e);
    }
  }
}
