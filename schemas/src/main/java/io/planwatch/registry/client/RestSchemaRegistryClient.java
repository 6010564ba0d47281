package io.planwatch.registry.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * A client for any registry speaking the Confluent REST API (Confluent, Apicurio ccompat, Karapace,
 * Redpanda, planwatch's own server). No caching here: wrap it in {@link
 * CachingSchemaRegistryClient}, as {@link SchemaRegistryClients#create} does.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {
  private final RegistryHttpTransport transport;

  public RestSchemaRegistryClient(RegistryClientConfig config) {
    if (config.isMock()) {
      throw new IllegalArgumentException("mock:// URLs need MockSchemaRegistry, not HTTP");
    }
    this.transport = new RegistryHttpTransport(config);
  }

  @Override
  public int register(String subject, Schema schema) {
    JsonNode body =
        transport.send(
            "POST",
            "/subjects/" + encode(subject) + "/versions",
            Map.of("schema", schema.toString()));
    return body.path("id").asInt();
  }

  @Override
  public Schema schemaById(int id) {
    return parse(transport.send("GET", "/schemas/ids/" + id, null).path("schema").asText());
  }

  @Override
  public RegisteredSchema latest(String subject) {
    return registered(
        transport.send("GET", "/subjects/" + encode(subject) + "/versions/latest", null));
  }

  @Override
  public RegisteredSchema version(String subject, int version) {
    return registered(
        transport.send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null));
  }

  @Override
  public RegisteredSchema lookup(String subject, Schema schema) {
    return registered(
        transport.send(
            "POST", "/subjects/" + encode(subject), Map.of("schema", schema.toString())));
  }

  @Override
  public CompatibilityResult testCompatibility(String subject, Schema schema) {
    JsonNode body;
    try {
      body =
          transport.send(
              "POST",
              "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true",
              Map.of("schema", schema.toString()));
    } catch (SubjectNotFoundException | VersionNotFoundException noEarlierVersion) {
      return new CompatibilityResult(true, List.of());
    }
    List<String> messages = new ArrayList<>();
    body.path("messages").forEach(m -> messages.add(m.asText()));
    return new CompatibilityResult(body.path("is_compatible").asBoolean(false), messages);
  }

  @Override
  public List<String> subjects() {
    List<String> subjects = new ArrayList<>();
    transport.send("GET", "/subjects", null).forEach(s -> subjects.add(s.asText()));
    return subjects;
  }

  @Override
  public CompatibilityLevel compatibility(String subject) {
    String path =
        subject == null ? "/config" : "/config/" + encode(subject) + "?defaultToGlobal=true";
    return CompatibilityLevel.parse(
        transport.send("GET", path, null).path("compatibilityLevel").asText());
  }

  @Override
  public void setCompatibility(String subject, CompatibilityLevel level) {
    String path = subject == null ? "/config" : "/config/" + encode(subject);
    transport.send("PUT", path, Map.of("compatibility", level.name()));
  }

  private static RegisteredSchema registered(JsonNode body) {
    return new RegisteredSchema(
        body.path("subject").asText(),
        body.path("id").asInt(),
        body.path("version").asInt(),
        parse(body.path("schema").asText()));
  }

  private static Schema parse(String text) {
    try {
      return new Schema.Parser().parse(text);
    } catch (SchemaParseException e) {
      throw new InvalidSchemaException(
          "registry returned a schema that is not valid Avro: " + e.getMessage());
    }
  }

  private static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
