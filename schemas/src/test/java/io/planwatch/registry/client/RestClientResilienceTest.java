package io.planwatch.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.registry.client.ScriptedHttpServer.Answer;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

class RestClientResilienceTest {
  private static final Schema SCHEMA =
      SchemaBuilder.record("Probe")
          .namespace("io.planwatch.test")
          .fields()
          .requiredInt("n")
          .endRecord();

  @Test
  void shouldRetryTwoServiceUnavailableAnswersThenSucceed() throws IOException {
    try (ScriptedHttpServer server =
        new ScriptedHttpServer(
            List.of(
                new Answer(503, "{\"error_code\":50301,\"message\":\"warming up\"}"),
                new Answer(503, "{\"error_code\":50301,\"message\":\"warming up\"}"),
                new Answer(200, "{\"id\":7}")))) {
      RestSchemaRegistryClient client = new RestSchemaRegistryClient(fastRetries(server.url(), 3));

      assertThat(client.register("probe-value", SCHEMA)).isEqualTo(7);
      assertThat(server.seen()).hasSize(3);
    }
  }

  @Test
  void shouldGiveUpAfterTheBoundedRetriesWithTheInternalErrorCode() throws IOException {
    try (ScriptedHttpServer server =
        new ScriptedHttpServer(
            List.of(
                new Answer(500, "{\"error_code\":50001,\"message\":\"Error in the backend\"}")))) {
      RestSchemaRegistryClient client = new RestSchemaRegistryClient(fastRetries(server.url(), 2));

      assertThatThrownBy(() -> client.register("probe-value", SCHEMA))
          .isInstanceOfSatisfying(
              SchemaRegistryException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INTERNAL_ERROR);
                assertThat(e.httpStatus()).isEqualTo(500);
              })
          .hasMessageContaining("Error in the backend");
      assertThat(server.seen()).hasSize(3);
    }
  }

  @Test
  void shouldNotRetryAClientError() throws IOException {
    try (ScriptedHttpServer server =
        new ScriptedHttpServer(
            List.of(
                new Answer(404, "{\"error_code\":40401,\"message\":\"Subject not found.\"}")))) {
      RestSchemaRegistryClient client = new RestSchemaRegistryClient(fastRetries(server.url(), 3));

      assertThatThrownBy(() -> client.latest("missing-value"))
          .isInstanceOf(SubjectNotFoundException.class);
      assertThat(server.seen()).hasSize(1);
    }
  }

  @Test
  void shouldSendTheRegistryContentTypeAndTheSchemaAsAString() throws IOException {
    try (ScriptedHttpServer server =
        new ScriptedHttpServer(List.of(new Answer(200, "{\"id\":1}")))) {
      new RestSchemaRegistryClient(fastRetries(server.url(), 0)).register("a b|c-value", SCHEMA);

      ScriptedHttpServer.Seen request = server.seen().get(0);
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/subjects/a b|c-value/versions");
      assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
      assertThat(request.accept()).isEqualTo("application/vnd.schemaregistry.v1+json");
      assertThat(
              new Schema.Parser()
                  .parse(
                      new com.fasterxml.jackson.databind.ObjectMapper()
                          .readTree(request.body())
                          .get("schema")
                          .asText()))
          .isEqualTo(SCHEMA);
    }
  }

  @Test
  void shouldFailOverToTheNextUrlWhenTheFirstRefusesConnections() throws IOException {
    try (ScriptedHttpServer server =
        new ScriptedHttpServer(List.of(new Answer(200, "{\"id\":3}")))) {
      String urls = "http://localhost:" + closedPort() + "," + server.url();

      assertThat(new RestSchemaRegistryClient(fastRetries(urls, 0)).register("s", SCHEMA))
          .isEqualTo(3);
    }
  }

  @Test
  void shouldSayWhichUrlsWereUnreachableAndWhatToCheck() throws IOException {
    String url = "http://localhost:" + closedPort();
    RestSchemaRegistryClient client = new RestSchemaRegistryClient(fastRetries(url, 1));

    assertThatThrownBy(() -> client.schemaById(1))
        .isInstanceOf(RegistryUnreachableException.class)
        .hasMessageContaining(url)
        .hasMessageContaining("after 2 attempt(s)")
        .hasMessageContaining("schema.registry.url");
  }

  @Test
  void shouldMapAnInvalidSchemaAnswerToTheTypedException() throws IOException {
    try (ScriptedHttpServer server =
        new ScriptedHttpServer(
            List.of(new Answer(422, "{\"error_code\":42201,\"message\":\"Invalid schema\"}")))) {
      assertThatThrownBy(
              () ->
                  new RestSchemaRegistryClient(fastRetries(server.url(), 0)).register("s", SCHEMA))
          .isInstanceOf(InvalidSchemaException.class)
          .hasMessageContaining("Invalid schema");
    }
  }

  @Test
  void shouldCacheIdsBothWaysSoRepeatedSchemasCostOneRequest() throws IOException {
    try (ScriptedHttpServer server =
        new ScriptedHttpServer(List.of(new Answer(200, "{\"id\":5}")))) {
      SchemaRegistryClient cached =
          new CachingSchemaRegistryClient(
              new RestSchemaRegistryClient(fastRetries(server.url(), 0)));

      assertThat(cached.register("probe-value", SCHEMA)).isEqualTo(5);
      assertThat(cached.register("probe-value", SCHEMA)).isEqualTo(5);
      assertThat(cached.schemaById(5)).isEqualTo(SCHEMA);

      assertThat(server.seen()).hasSize(1);
    }
  }

  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static RegistryClientConfig fastRetries(String urls, int retries) {
    Map<String, Object> config = new HashMap<>();
    config.put(RegistryClientConfig.SCHEMA_REGISTRY_URL, urls);
    config.put(RegistryClientConfig.MAX_RETRIES, retries);
    config.put(RegistryClientConfig.RETRIES_WAIT_MS, 5);
    config.put(RegistryClientConfig.HTTP_CONNECT_TIMEOUT_MS, 2000);
    return RegistryClientConfig.from(config);
  }
}
