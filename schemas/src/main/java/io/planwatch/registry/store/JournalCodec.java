package io.planwatch.registry.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planwatch.registry.client.CompatibilityLevel;
import io.planwatch.registry.store.Mutation.LevelSet;
import io.planwatch.registry.store.Mutation.SchemaRegistered;
import io.planwatch.registry.store.Mutation.SubjectDeleted;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * One mutation as one line of JSON (no line breaks inside: Jackson escapes them in strings):
 *
 * <pre>
 * {"op":"register","subject":"stats.observations-value","id":3,"version":2,"schema":"{…}"}
 * {"op":"setLevel","subject":"stats.observations-value","level":"FULL"}
 * {"op":"setLevel","level":"BACKWARD_TRANSITIVE"}          (no subject: the global level)
 * {"op":"deleteSubject","subject":"stats.observations-value"}
 * </pre>
 */
final class JournalCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JournalCodec() {}

  /** The line for a mutation, without its line break. */
  static String encode(Mutation mutation) {
    ObjectNode line = JSON.createObjectNode();
    if (mutation instanceof SchemaRegistered r) {
      line.put("op", "register");
      line.put("subject", r.subject());
      line.put("id", r.id());
      line.put("version", r.version());
      line.put("schema", r.schema().toString());
    } else if (mutation instanceof LevelSet l) {
      line.put("op", "setLevel");
      if (l.subject() != null) {
        line.put("subject", l.subject());
      }
      line.put("level", l.level().name());
    } else {
      line.put("op", "deleteSubject");
      line.put("subject", ((SubjectDeleted) mutation).subject());
    }
    try {
      return JSON.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a journal line for " + mutation, e);
    }
  }

  /**
   * The mutation a line holds.
   *
   * @throws IllegalArgumentException saying what is wrong with the line
   */
  static Mutation decode(String text) {
    JsonNode line;
    try {
      line = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (line == null || !line.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String op = text(line, "op");
    return switch (op) {
      case "register" ->
          new SchemaRegistered(
              text(line, "subject"),
              positive(line, "id"),
              positive(line, "version"),
              schema(text(line, "schema")));
      case "setLevel" ->
          new LevelSet(
              line.hasNonNull("subject") ? text(line, "subject") : null,
              level(text(line, "level")));
      case "deleteSubject" -> new SubjectDeleted(text(line, "subject"));
      default ->
          throw new IllegalArgumentException(
              "unknown op '" + op + "'; expected register, setLevel or deleteSubject");
    };
  }

  private static String text(JsonNode line, String field) {
    JsonNode value = line.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' missing or not a string");
    }
    return value.asText();
  }

  private static int positive(JsonNode line, String field) {
    JsonNode value = line.get(field);
    if (value == null
        || !value.canConvertToInt()
        || !value.isIntegralNumber()
        || value.asInt() < 1) {
      throw new IllegalArgumentException("field '" + field + "' missing or not a positive int");
    }
    return value.asInt();
  }

  private static CompatibilityLevel level(String name) {
    return CompatibilityLevel.parse(name);
  }

  private static Schema schema(String text) {
    try {
      return new Schema.Parser().parse(text);
    } catch (AvroRuntimeException | NullPointerException e) {
      // Avro reports an unknown named type as a NullPointerException ("Unknown schema: …")
      throw new IllegalArgumentException(
          "field 'schema' is not an Avro schema: " + e.getMessage(), e);
    }
  }
}
