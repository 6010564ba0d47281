package io.planwatch.streams.golden;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * Avro output records as JSON trees for the golden files: fields in schema order, enums and strings
 * as text, timestamps as ISO-8601 instants, numbers as Jackson writes them ({@link
 * Double#toString}). Lines are compared as parsed trees, so a double compares by value, not by its
 * text.
 */
final class GoldenJson {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private GoldenJson() {}

  /** The record's fields in schema order; null for a tombstone. */
  static JsonNode of(final SpecificRecord record) {
    if (record == null) {
      return NODES.nullNode();
    }
    final ObjectNode node = NODES.objectNode();
    for (final Schema.Field field : record.getSchema().getFields()) {
      node.set(field.name(), value(record.get(field.pos())));
    }
    return node;
  }

  private static JsonNode value(final Object value) {
    if (value == null) {
      return NODES.nullNode();
    } else if (value instanceof SpecificRecord nested) {
      return of(nested);
    } else if (value instanceof Integer i) {
      return NODES.numberNode(i);
    } else if (value instanceof Long l) {
      return NODES.numberNode(l);
    } else if (value instanceof Double d) {
      return NODES.numberNode(d);
    } else if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    } else if (value instanceof Instant instant) {
      return NODES.textNode(instant.toString());
    } else if (value instanceof Collection<?> list) {
      final ArrayNode array = NODES.arrayNode();
      list.forEach(item -> array.add(value(item)));
      return array;
    } else if (value instanceof Map<?, ?>) {
      throw new IllegalArgumentException("no output record of planwatch has a map: " + value);
    }
    // CharSequence and enums.
    return NODES.textNode(value.toString());
  }

  /** One line of text (no line break inside). */
  static String line(final JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (final JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line parsed back; also what makes a freshly built tree compare like a read one. */
  static JsonNode parse(final String line) {
    try {
      return MAPPER.readTree(line);
    } catch (final JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
