package io.planwatch.registry.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.planwatch.registry.client.CompatibilityLevel;
import io.planwatch.registry.client.InvalidSchemaException;
import io.planwatch.registry.client.RegisteredSchema;
import io.planwatch.registry.client.SchemaNotFoundException;
import io.planwatch.registry.store.SchemaStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * The Confluent REST subset, as a pure function from (method, path segments, query, body) to a
 * {@link Reply}. Store errors propagate as typed exceptions; {@link RegistryHttpHandler} maps them
 * to Confluent's error bodies.
 */
final class RegistryRoutes {
  private final SchemaStore store;

  RegistryRoutes(SchemaStore store) {
    this.store = store;
  }

  Reply handle(String method, List<String> path, Map<String, String> query, JsonNode body) {
    String route = method + " " + shape(path);
    return switch (route) {
      case "GET " -> Reply.ok(Map.of());
      case "GET schemas/types" -> Reply.ok(List.of("AVRO"));
      case "GET subjects" -> Reply.ok(store.subjects());
      case "GET subjects/*/versions" -> Reply.ok(store.versions(path.get(1)));
      case "POST subjects/*/versions" ->
          Reply.ok(Map.of("id", store.register(path.get(1), schemaOf(body)).id()));
      case "GET subjects/*/versions/*" ->
          Reply.ok(describe(store.version(path.get(1), path.get(3))));
      case "GET subjects/*/versions/*/schema" ->
          Reply.rawJson(store.version(path.get(1), path.get(3)).schema().toString());
      case "POST subjects/*" -> Reply.ok(describe(store.lookup(path.get(1), schemaOf(body))));
      case "DELETE subjects/*" -> Reply.ok(store.deleteSubject(path.get(1)));
      case "GET schemas/ids/*" -> Reply.ok(Map.of("schema", store.schemaById(id(path)).toString()));
      case "GET schemas/ids/*/schema" -> Reply.rawJson(store.schemaById(id(path)).toString());
      case "GET schemas/ids/*/subjects" ->
          Reply.ok(store.usesOf(id(path)).stream().map(RegisteredSchema::subject).toList());
      case "GET schemas/ids/*/versions" ->
          Reply.ok(
              store.usesOf(id(path)).stream()
                  .map(r -> Map.of("subject", r.subject(), "version", r.version()))
                  .toList());
      case "POST compatibility/subjects/*/versions/*" -> compatibility(path, query, body);
      case "GET config" -> Reply.ok(Map.of("compatibilityLevel", store.globalLevel().name()));
      case "GET config/*" ->
          Reply.ok(Map.of("compatibilityLevel", store.level(path.get(1)).name()));
      case "PUT config" -> setConfig(null, body);
      case "PUT config/*" -> setConfig(path.get(1), body);
      default ->
          Reply.error(
              404,
              404,
              "HTTP 404 Not Found: no route for " + method + " /" + String.join("/", path));
    };
  }

  private Reply compatibility(List<String> path, Map<String, String> query, JsonNode body) {
    List<String> problems = store.testCompatibility(path.get(2), path.get(4), schemaOf(body));
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("is_compatible", problems.isEmpty());
    if ("true".equalsIgnoreCase(query.get("verbose"))) {
      reply.put("messages", problems);
    }
    return Reply.ok(reply);
  }

  private Reply setConfig(String subject, JsonNode body) {
    String text = body == null ? "" : body.path("compatibility").asText("");
    CompatibilityLevel level;
    try {
      level = CompatibilityLevel.parse(text);
    } catch (IllegalArgumentException e) {
      return Reply.error(422, 42203, "Invalid compatibility level: " + e.getMessage());
    }
    if (subject == null) {
      store.setGlobalLevel(level);
    } else {
      store.setLevel(subject, level);
    }
    return Reply.ok(Map.of("compatibility", level.name()));
  }

  private static Map<String, Object> describe(RegisteredSchema registered) {
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("subject", registered.subject());
    reply.put("version", registered.version());
    reply.put("id", registered.id());
    reply.put("schema", registered.schema().toString());
    return reply;
  }

  private static Schema schemaOf(JsonNode body) {
    if (body == null || !body.path("schema").isTextual()) {
      throw new InvalidSchemaException("Invalid schema: the body needs a \"schema\" string");
    }
    String type = body.path("schemaType").asText("AVRO");
    if (!"AVRO".equalsIgnoreCase(type)) {
      throw new InvalidSchemaException("Invalid schema: only AVRO is supported, not " + type);
    }
    try {
      return new Schema.Parser().parse(body.get("schema").asText());
    } catch (AvroRuntimeException | NullPointerException | IllegalArgumentException e) {
      // Avro reports an unknown named type as a NullPointerException ("Unknown schema: …")
      throw new InvalidSchemaException("Invalid schema: " + e.getMessage());
    }
  }

  private static int id(List<String> path) {
    try {
      return Integer.parseInt(path.get(2));
    } catch (NumberFormatException e) {
      throw new SchemaNotFoundException("Schema " + path.get(2) + " not found (not a number)");
    }
  }

  /** The path with variable segments replaced by *, e.g. subjects/x/versions/1 → subjects/*…. */
  private static String shape(List<String> path) {
    StringBuilder shape = new StringBuilder();
    for (int i = 0; i < path.size(); i++) {
      if (i > 0) {
        shape.append('/');
      }
      shape.append(isVariable(path, i) ? "*" : path.get(i));
    }
    return shape.toString();
  }

  private static boolean isVariable(List<String> path, int i) {
    String first = path.get(0);
    return switch (first) {
      case "subjects", "config" -> i == 1 || i == 3;
      case "schemas" -> i == 2;
      case "compatibility" -> i == 2 || i == 4;
      default -> false;
    };
  }
}
