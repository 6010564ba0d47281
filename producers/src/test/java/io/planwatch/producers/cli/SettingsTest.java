package io.planwatch.producers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.producers.publish.PublisherConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SettingsTest {
  @TempDir Path dir;

  @Test
  void shouldDefaultToLocalPortsAndThePlanwatchPrefix() throws IOException {
    PublisherConfig config = Settings.resolve(options(), Map.of());

    assertThat(config.bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(config.schemaRegistryUrl()).isEqualTo("http://localhost:8081");
    assertThat(config.topics().observations().name()).isEqualTo("planwatch.stats.observations");
  }

  @Test
  void shouldLetTheEnvironmentOverrideTheFileAndOptionsOverrideTheEnvironment() throws IOException {
    Path file = dir.resolve("client.properties");
    Files.writeString(
        file,
        "bootstrap.servers=file:9092\nschema.registry.url=http://file:8081\ntopic.prefix=file.\n");
    Map<String, String> env =
        Map.of("PLANWATCH_BOOTSTRAP_SERVERS", "env:9092", "PLANWATCH_TOPIC_PREFIX", "env.");

    PublisherConfig config =
        Settings.resolve(options("--config", file.toString(), "--topic-prefix", "cli."), env);

    assertThat(config.bootstrapServers()).isEqualTo("env:9092");
    assertThat(config.schemaRegistryUrl()).isEqualTo("http://file:8081");
    assertThat(config.topics().prefix()).isEqualTo("cli.");
  }

  @Test
  void shouldPassKafkaSecuritySettingsFromTheEnvironmentToEveryClient() throws IOException {
    Map<String, String> env =
        Map.of(
            "PLANWATCH_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
            "PLANWATCH_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
            "PLANWATCH_KAFKA_SSL_TRUSTSTORE_LOCATION", "truststore.jks");

    PublisherConfig config = Settings.resolve(options(), env);

    assertThat(config.kafka())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("ssl.truststore.location", "truststore.jks");
  }

  @Test
  void shouldSendRegistrySettingsOfTheFileToTheRegistryAndTheRestToKafka() throws IOException {
    Path file = dir.resolve("client.properties");
    Files.writeString(
        file,
        "security.protocol=SSL\nbasic.auth.credentials.source=USER_INFO\n"
            + "basic.auth.user.info=ops:secret\npartitions=6\n");

    PublisherConfig config = Settings.resolve(options("--config", file.toString()), Map.of());

    assertThat(config.kafka()).containsEntry("security.protocol", "SSL");
    assertThat(config.kafka()).doesNotContainKey("basic.auth.user.info");
    assertThat(config.registry()).containsEntry("basic.auth.user.info", "ops:secret");
    assertThat(config.partitions()).isEqualTo(6);
  }

  @Test
  void shouldTakeRegistryBasicAuthFromTheOptionOrTheEnvironment() throws IOException {
    PublisherConfig fromEnv =
        Settings.resolve(options(), Map.of("PLANWATCH_SCHEMA_REGISTRY_USER_INFO", "a:b"));
    PublisherConfig fromOption =
        Settings.resolve(options("--schema-registry-user-info", "c:d"), Map.of());

    assertThat(fromEnv.registry())
        .containsEntry("basic.auth.credentials.source", "USER_INFO")
        .containsEntry("basic.auth.user.info", "a:b");
    assertThat(fromOption.registry()).containsEntry("basic.auth.user.info", "c:d");
  }

  @Test
  void shouldTakeTheRegistrysTrustStoreAndTheAppsUserInfoNameFromTheEnvironment()
      throws IOException {
    PublisherConfig config =
        Settings.resolve(
            options(),
            Map.of(
                "PLANWATCH_SCHEMA_REGISTRY_SSL_TRUSTSTORE_LOCATION", "/etc/planwatch/ca.p12",
                "PLANWATCH_SCHEMA_REGISTRY_SSL_TRUSTSTORE_PASSWORD", "changeit",
                "PLANWATCH_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO", "app:pw"));

    assertThat(config.registry())
        .containsEntry("schema.registry.ssl.truststore.location", "/etc/planwatch/ca.p12")
        .containsEntry("schema.registry.ssl.truststore.password", "changeit")
        .containsEntry("basic.auth.user.info", "app:pw");
    assertThat(config.kafka()).doesNotContainKey("schema.registry.ssl.truststore.location");
  }

  private static ConnectionOptions options(String... args) {
    ConnectionOptions options = new ConnectionOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }
}
