package io.planwatch.registry.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.registry.server.RegistryCalls.Reply;
import io.planwatch.registry.store.RegistryStorageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A registry with a data directory, restarted: clients see exactly what they saw before. */
class DurableRegistryServerTest {
  private static final String READING_V1 =
      "{\"type\":\"record\",\"name\":\"Reading\",\"fields\":[{\"name\":\"value\",\"type\":\"double\"}]}";
  private static final String READING_V2 =
      "{\"type\":\"record\",\"name\":\"Reading\",\"fields\":[{\"name\":\"value\",\"type\":\"double\"},"
          + "{\"name\":\"unit\",\"type\":\"string\",\"default\":\"\"}]}";
  private static final String ALERT =
      "{\"type\":\"record\",\"name\":\"Alert\",\"fields\":[{\"name\":\"text\",\"type\":\"string\"}]}";
  private static final String NOTE =
      "{\"type\":\"record\",\"name\":\"Note\",\"fields\":[{\"name\":\"n\",\"type\":\"int\"}]}";
  private static final List<String> SUBJECTS =
      List.of("readings-value", "copy-value", "alerts-value", "doomed-value", "never-value");

  @TempDir Path dir;

  @Test
  void shouldAnswerExactlyAsBeforeAfterARestartOnTheSameDataDirectory() throws Exception {
    Map<String, String> before;
    try (SchemaRegistryServer server = durable().start()) {
      RegistryCalls calls = new RegistryCalls(server.url());
      register(calls, "readings-value", READING_V1);
      register(calls, "readings-value", READING_V2);
      register(calls, "copy-value", READING_V1);
      register(calls, "alerts-value", ALERT);
      register(calls, "doomed-value", NOTE);
      calls.call("PUT", "/config/doomed-value", Map.of("compatibility", "FULL"));
      calls.call("DELETE", "/subjects/doomed-value", null);
      calls.call("PUT", "/config/alerts-value", Map.of("compatibility", "NONE"));
      calls.call("PUT", "/config", Map.of("compatibility", "BACKWARD_TRANSITIVE"));
      before = snapshot(calls);
    }

    try (SchemaRegistryServer server = durable().start()) {
      RegistryCalls calls = new RegistryCalls(server.url());

      assertThat(snapshot(calls)).isEqualTo(before);
      assertThat(before.get("/subjects"))
          .isEqualTo("200 [\"alerts-value\",\"copy-value\",\"readings-value\"]");
      assertThat(before.get("/subjects/copy-value/versions/1")).contains("\"id\":1");
      assertThat(before.get("/schemas/ids/4/versions")).isEqualTo("200 []");
      assertThat(before.get("/config/alerts-value")).contains("NONE");
      assertThat(before.get("/config/doomed-value")).contains("BACKWARD_TRANSITIVE");
      assertThat(register(calls, "doomed-value", NOTE))
          .as("a known schema keeps its id")
          .isEqualTo(4);
      assertThat(register(calls, "never-value", "\"string\"")).as("ids go on").isEqualTo(5);
    }
  }

  @Test
  void shouldRefuseASecondServerOnTheSameDataDirectory() throws Exception {
    try (SchemaRegistryServer first = durable().start()) {
      register(new RegistryCalls(first.url()), "readings-value", READING_V1);
      SchemaRegistryServer second = durable();

      assertThatThrownBy(second::start)
          .isInstanceOf(RegistryStorageException.class)
          .hasMessageContaining(
              "data directory " + dir + " is already used by another schema registry");
      assertThat(new RegistryCalls(first.url()).call("GET", "/subjects", null).body().toString())
          .as("the first one serves on")
          .isEqualTo("[\"readings-value\"]");
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES) // guards against a hung child only
  void shouldKeepAnotherProcessOutAndResumeAfterThatProcessIsKilled() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                RegistryServerMain.class.getName(),
                "--port",
                "0",
                "--data-dir",
                dir.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    int id;
    try {
      String url = awaitUrl(child);
      id = register(new RegistryCalls(url), "readings-value", READING_V1);

      assertThatThrownBy(() -> durable().start())
          .isInstanceOf(RegistryStorageException.class)
          .hasMessageContaining("pid " + child.pid());
    } finally {
      child.destroyForcibly().waitFor();
    }

    try (SchemaRegistryServer server = durable().start()) {
      Reply latest =
          new RegistryCalls(server.url())
              .call("GET", "/subjects/readings-value/versions/latest", null);
      assertThat(latest.body().get("id").asInt()).isEqualTo(id);
    }
  }

  private SchemaRegistryServer durable() {
    return new SchemaRegistryServer(RegistryServerOptions.onPort(0).withDataDirectory(dir));
  }

  private static int register(RegistryCalls calls, String subject, String schema)
      throws IOException, InterruptedException {
    Reply reply =
        calls.call("POST", "/subjects/" + subject + "/versions", Map.of("schema", schema));
    assertThat(reply.status()).as("registering in %s: %s", subject, reply.body()).isEqualTo(200);
    return reply.body().get("id").asInt();
  }

  /** Every answer a client could ask for in this scenario, missing things (404s) included. */
  private static Map<String, String> snapshot(RegistryCalls calls)
      throws IOException, InterruptedException {
    List<String> paths = new ArrayList<>(List.of("/subjects", "/config"));
    for (String subject : SUBJECTS) {
      paths.add("/subjects/" + subject + "/versions");
      paths.add("/config/" + subject);
      for (int version = 1; version <= 3; version++) {
        paths.add("/subjects/" + subject + "/versions/" + version);
      }
    }
    for (int id = 1; id <= 5; id++) {
      paths.add("/schemas/ids/" + id);
      paths.add("/schemas/ids/" + id + "/versions");
    }
    Map<String, String> answers = new TreeMap<>();
    for (String path : paths) {
      Reply reply = calls.call("GET", path, null);
      answers.put(path, reply.status() + " " + reply.body());
    }
    return answers;
  }

  private static String awaitUrl(Process child) throws IOException, InterruptedException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("schema registry on ")) {
        return line.substring("schema registry on ".length()).split(" ")[0];
      }
    }
    throw new IllegalStateException("the registry process ended early, exit " + child.waitFor());
  }
}
