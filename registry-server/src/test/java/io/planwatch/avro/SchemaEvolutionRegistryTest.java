package io.planwatch.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.registry.client.CompatibilityLevel;
import io.planwatch.registry.client.IncompatibleSchemaException;
import io.planwatch.registry.client.RegistryClientConfig;
import io.planwatch.registry.client.RestSchemaRegistryClient;
import io.planwatch.registry.client.SchemaRegistryClient;
import io.planwatch.registry.server.SchemaRegistryServer;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stored versions of each contract (schemas' test-jar: {@link SchemaHistory}) registered
 * through the client against the real HTTP registry server, as a deployment evolves them. The
 * schema-level checks stay in schemas' {@code SchemaEvolutionTest}.
 */
class SchemaEvolutionRegistryTest {
  private static SchemaRegistryServer server;
  private static SchemaRegistryClient client;

  @BeforeAll
  static void startRegistry() {
    server = new SchemaRegistryServer(0).start();
    client = new RestSchemaRegistryClient(RegistryClientConfig.of(server.url()));
  }

  @AfterAll
  static void stopRegistry() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.planwatch.avro.SchemaHistory#records")
  void shouldRegisterEveryStoredVersionThenTheCurrentOneUnderBackwardTransitive(String record) {
    String subject = "evolution-" + record + "-value";
    client.setCompatibility(subject, CompatibilityLevel.BACKWARD_TRANSITIVE);
    for (SchemaHistory.Version version : SchemaHistory.versions(record)) {
      client.register(subject, version.schema());
    }
    Schema current = Contracts.current(record);
    assertThat(client.testCompatibility(subject, current).compatible()).isTrue();
    int id = client.register(subject, current);
    assertThat(client.latest(subject).id()).isEqualTo(id);
  }

  @Test
  void shouldRejectARequiredFieldAddedWithoutDefaultAgainstTheStoredVersions() {
    Schema v1 = SchemaHistory.versions("StatisticalObservation").get(0).schema();
    Schema broken = withRequiredField(Contracts.current("StatisticalObservation"));
    assertThat(SchemaCompatibility.checkReaderWriterCompatibility(broken, v1).getType())
        .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    String subject = "evolution-broken-value";
    client.register(subject, v1);
    assertThat(client.testCompatibility(subject, broken).compatible()).isFalse();
    assertThatThrownBy(() -> client.register(subject, broken))
        .isInstanceOf(IncompatibleSchemaException.class)
        .hasMessageContaining("seasonallyAdjusted");
  }

  private static Schema withRequiredField(Schema schema) {
    String json = schema.toString();
    String extra =
        "{\"name\":\"seasonallyAdjusted\",\"type\":\"boolean\",\"doc\":\"no default: breaks\"},";
    return new Schema.Parser().parse(json.replaceFirst("\"fields\":\\[", "\"fields\":[" + extra));
  }
}
