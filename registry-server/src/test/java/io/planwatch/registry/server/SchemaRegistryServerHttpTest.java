package io.planwatch.registry.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.planwatch.registry.server.RegistryCalls.Reply;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server's REST surface as a plain HTTP client (any language's client) sees it. */
class SchemaRegistryServerHttpTest {
  private static final String TYPE = RegistryCalls.TYPE;
  private static final String SCHEMA =
      "{\"type\":\"record\",\"name\":\"Reading\",\"fields\":[{\"name\":\"value\",\"type\":\"double\"}]}";

  private SchemaRegistryServer server;

  @BeforeEach
  void start() {
    server = new SchemaRegistryServer(0).start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void shouldServeSchemaEndpointsForAnId() throws Exception {
    int id =
        call("POST", "/subjects/readings-value/versions", Map.of("schema", SCHEMA))
            .body()
            .get("id")
            .asInt();

    assertThat(call("GET", "/schemas/ids/" + id, null).body().get("schema").asText())
        .contains("Reading");
    assertThat(call("GET", "/schemas/ids/" + id + "/schema", null).body().get("name").asText())
        .isEqualTo("Reading");
    assertThat(call("GET", "/schemas/ids/" + id + "/subjects", null).body().get(0).asText())
        .isEqualTo("readings-value");
    JsonNode versions = call("GET", "/schemas/ids/" + id + "/versions", null).body();
    assertThat(versions.get(0).get("subject").asText()).isEqualTo("readings-value");
    assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
    assertThat(call("GET", "/schemas/types", null).body().get(0).asText()).isEqualTo("AVRO");
  }

  @Test
  void shouldServeSubjectVersionsAndDeleteASubject() throws Exception {
    call("POST", "/subjects/readings-value/versions", Map.of("schema", SCHEMA));

    assertThat(call("GET", "/subjects/readings-value/versions", null).body().toString())
        .isEqualTo("[1]");
    assertThat(
            call("GET", "/subjects/readings-value/versions/latest/schema", null)
                .body()
                .get("type")
                .asText())
        .isEqualTo("record");
    Reply deleted = call("DELETE", "/subjects/readings-value", null);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.body().toString()).isEqualTo("[1]");
    assertThat(call("GET", "/subjects", null).body().toString()).isEqualTo("[]");
    assertThat(
            call("GET", "/subjects/readings-value/versions", null).body().get("error_code").asInt())
        .isEqualTo(40401);
  }

  @Test
  void shouldAnswerAnInvalidSchemaWith42201AndStatus422() throws Exception {
    Reply reply =
        call(
            "POST", "/subjects/readings-value/versions", Map.of("schema", "{\"type\":\"recrod\"}"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body().get("error_code").asInt()).isEqualTo(42201);
    assertThat(reply.contentType()).isEqualTo(TYPE);
  }

  @Test
  void shouldAnswerErrorCodesWithTheirHttpStatuses() throws Exception {
    call("POST", "/subjects/readings-value/versions", Map.of("schema", SCHEMA));

    assertThat(call("GET", "/subjects/none/versions/latest", null).status()).isEqualTo(404);
    assertThat(
            call("GET", "/subjects/readings-value/versions/2", null)
                .body()
                .get("error_code")
                .asInt())
        .isEqualTo(40402);
    assertThat(call("GET", "/subjects/readings-value/versions/abc", null).status()).isEqualTo(422);
    assertThat(call("GET", "/schemas/ids/42", null).body().get("error_code").asInt())
        .isEqualTo(40403);
    Reply incompatible =
        call(
            "POST",
            "/subjects/readings-value/versions",
            Map.of("schema", SCHEMA.replace("\"double\"", "\"string\"")));
    assertThat(incompatible.status()).isEqualTo(409);
    assertThat(incompatible.body().get("error_code").asInt()).isEqualTo(409);
  }

  @Test
  void shouldReturnMessagesOnlyWhenVerboseCompatibilityIsAsked() throws Exception {
    call("POST", "/subjects/readings-value/versions", Map.of("schema", SCHEMA));
    Map<String, String> changed = Map.of("schema", SCHEMA.replace("\"double\"", "\"string\""));

    JsonNode terse =
        call("POST", "/compatibility/subjects/readings-value/versions/latest", changed).body();
    JsonNode verbose =
        call("POST", "/compatibility/subjects/readings-value/versions/1?verbose=true", changed)
            .body();

    assertThat(terse.get("is_compatible").asBoolean()).isFalse();
    assertThat(terse.has("messages")).isFalse();
    assertThat(verbose.get("messages").get(0).asText()).contains("TYPE_MISMATCH");
  }

  @Test
  void shouldSetAndReadGlobalAndSubjectConfigAndRefuseUnknownLevels() throws Exception {
    assertThat(call("GET", "/config", null).body().get("compatibilityLevel").asText())
        .isEqualTo("BACKWARD");
    assertThat(
            call("PUT", "/config", Map.of("compatibility", "FULL_TRANSITIVE"))
                .body()
                .get("compatibility")
                .asText())
        .isEqualTo("FULL_TRANSITIVE");
    call("PUT", "/config/readings-value", Map.of("compatibility", "NONE"));

    assertThat(
            call("GET", "/config/readings-value", null).body().get("compatibilityLevel").asText())
        .isEqualTo("NONE");
    assertThat(call("GET", "/config/other", null).body().get("compatibilityLevel").asText())
        .isEqualTo("FULL_TRANSITIVE");
    assertThat(
            call("PUT", "/config", Map.of("compatibility", "SIDEWAYS"))
                .body()
                .get("error_code")
                .asInt())
        .isEqualTo(42203);
  }

  @Test
  void shouldAnswerUnknownRoutesWith404Json() throws Exception {
    Reply reply = call("GET", "/nowhere", null);
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body().get("error_code").asInt()).isEqualTo(404);
  }

  private Reply call(String method, String path, Object body)
      throws IOException, InterruptedException {
    return new RegistryCalls(server.url()).call(method, path, body);
  }
}
