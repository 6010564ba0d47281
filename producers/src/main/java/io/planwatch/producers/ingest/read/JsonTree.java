package io.planwatch.producers.ingest.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads JSON into a tree the way the readers need it: decimals exact ({@link
 * java.math.BigDecimal}), and a number no BigDecimal or double can hold ({@code NaN}, {@code
 * Infinity}, {@code 1e-9999999999} whose exponent is beyond an int) kept as its text, so that it is
 * reported as that row's bad value and not as a broken file.
 */
public final class JsonTree extends StdDeserializer<JsonNode> {
  private static final long serialVersionUID = 1L;

  private JsonTree() {
    super(JsonNode.class);
  }

  /** The module that makes a mapper read trees this way. */
  public static SimpleModule module() {
    return new SimpleModule("planwatch-json-tree").addDeserializer(JsonNode.class, new JsonTree());
  }

  @Override
  public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return read(p, ctxt.getNodeFactory());
  }

  @Override
  public JsonNode getNullValue(DeserializationContext ctxt) {
    return ctxt.getNodeFactory().nullNode();
  }

  private static JsonNode read(JsonParser p, JsonNodeFactory nodes) throws IOException {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          object.set(name, read(p, nodes));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(p, nodes));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return nodes.numberNode(p.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        if (p.isNaN()) {
          return nodes.textNode(p.getText());
        }
        try {
          return nodes.numberNode(p.getDecimalValue());
        } catch (NumberFormatException e) {
          return nodes.textNode(p.getText());
        }
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> {
        return nodes.pojoNode(p.getEmbeddedObject());
      }
    }
  }
}
