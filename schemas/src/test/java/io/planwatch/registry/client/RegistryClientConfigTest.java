package io.planwatch.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryClientConfigTest {

  @Test
  void shouldSplitCommaSeparatedUrlsAndApplyConfluentDefaults() {
    RegistryClientConfig config =
        RegistryClientConfig.from(
            Map.of(
                "schema.registry.url",
                "http://r1:8081, http://r2:8081",
                "bootstrap.servers",
                "k:9092"));

    assertThat(config.urls())
        .containsExactly(URI.create("http://r1:8081"), URI.create("http://r2:8081"));
    assertThat(config.credentials()).isNull();
    assertThat(config.maxRetries()).isEqualTo(3);
    assertThat(config.isMock()).isFalse();
  }

  @Test
  void shouldReadTimeoutsAndRetriesFromStringsOrNumbers() {
    RegistryClientConfig config =
        RegistryClientConfig.from(
            Map.of(
                "schema.registry.url", "http://r1:8081",
                "http.connect.timeout.ms", "1500",
                "http.read.timeout.ms", 2500,
                "max.retries", "5",
                "retries.wait.ms", 20L));

    assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(config.requestTimeout()).isEqualTo(Duration.ofMillis(2500));
    assertThat(config.maxRetries()).isEqualTo(5);
    assertThat(config.retryBackoff()).isEqualTo(Duration.ofMillis(20));
  }

  @Test
  void shouldTakeCredentialsFromUserInfoOrFromTheUrl() {
    assertThat(
            RegistryClientConfig.from(
                    Map.of(
                        "schema.registry.url", "http://r1:8081",
                        "basic.auth.credentials.source", "USER_INFO",
                        "basic.auth.user.info", "u:p"))
                .credentials())
        .isEqualTo("u:p");
    assertThat(RegistryClientConfig.of("http://u:p@r1:8081").credentials()).isEqualTo("u:p");
  }

  @Test
  void shouldNameTheKeyWhenASettingIsMissingOrWrong() {
    assertThatThrownBy(() -> RegistryClientConfig.from(Map.of()))
        .hasMessageContaining("schema.registry.url");
    assertThatThrownBy(
            () ->
                RegistryClientConfig.from(
                    Map.of(
                        "schema.registry.url", "http://r1:8081",
                        "basic.auth.credentials.source", "USER_INFO")))
        .hasMessageContaining("basic.auth.user.info");
    assertThatThrownBy(() -> RegistryClientConfig.of("localhost:8081"))
        .hasMessageContaining("http://localhost:8081");
    assertThatThrownBy(
            () ->
                RegistryClientConfig.from(
                    Map.of("schema.registry.url", "http://r:1", "max.retries", "many")))
        .hasMessageContaining("max.retries");
  }

  @Test
  void shouldShareOneInMemoryRegistryPerMockScope() {
    SchemaRegistryClient first =
        SchemaRegistryClients.create(Map.of("schema.registry.url", "mock://shared_scope"));
    SchemaRegistryClient second =
        SchemaRegistryClients.create(Map.of("schema.registry.url", "mock://shared_scope"));
    SchemaRegistryClient other =
        SchemaRegistryClients.create(Map.of("schema.registry.url", "mock://other"));
    try {
      int id = first.register("s-value", io.planwatch.avro.Period.getClassSchema());

      assertThat(second.schemaById(id)).isEqualTo(io.planwatch.avro.Period.getClassSchema());
      assertThatThrownBy(() -> other.latest("s-value"))
          .isInstanceOf(SubjectNotFoundException.class);
    } finally {
      MockSchemaRegistry.dropScope("shared_scope");
      MockSchemaRegistry.dropScope("other");
    }
  }
}
