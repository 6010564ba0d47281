package io.planwatch.registry.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.avro.SampleRecords;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.registry.client.CompatibilityLevel;
import io.planwatch.registry.client.IncompatibleSchemaException;
import io.planwatch.registry.client.InvalidVersionException;
import io.planwatch.registry.client.RegisteredSchema;
import io.planwatch.registry.client.RegistryClientConfig;
import io.planwatch.registry.client.RestSchemaRegistryClient;
import io.planwatch.registry.client.SchemaNotFoundException;
import io.planwatch.registry.client.SchemaRegistryClient;
import io.planwatch.registry.client.SchemaRegistryClients;
import io.planwatch.registry.client.SchemaRegistryException;
import io.planwatch.registry.client.SubjectNotFoundException;
import io.planwatch.registry.client.VersionNotFoundException;
import io.planwatch.registry.serde.SpecificAvroSerde;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistryClientServerTest {
  private static final Schema V1 =
      SchemaBuilder.record("Reading")
          .namespace("io.planwatch.test")
          .fields()
          .requiredString("region")
          .requiredDouble("value")
          .endRecord();
  private static final Schema V2_WITH_DEFAULT =
      SchemaBuilder.record("Reading")
          .namespace("io.planwatch.test")
          .fields()
          .requiredString("region")
          .requiredDouble("value")
          .name("unit")
          .type()
          .stringType()
          .stringDefault("亿元")
          .endRecord();
  private static final Schema V2_WITHOUT_DEFAULT =
      SchemaBuilder.record("Reading")
          .namespace("io.planwatch.test")
          .fields()
          .requiredString("region")
          .requiredDouble("value")
          .requiredString("unit")
          .endRecord();

  private SchemaRegistryServer server;
  private SchemaRegistryClient client;

  @BeforeEach
  void start() {
    server = new SchemaRegistryServer(0).start();
    client = new RestSchemaRegistryClient(RegistryClientConfig.of(server.url()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void shouldRegisterFetchLookUpAndListOverHttp() {
    int id = client.register("readings-value", V1);

    assertThat(client.schemaById(id)).isEqualTo(V1);
    assertThat(client.latest("readings-value"))
        .isEqualTo(new RegisteredSchema("readings-value", id, 1, V1));
    assertThat(client.lookup("readings-value", V1).version()).isEqualTo(1);
    assertThat(client.version("readings-value", 1).id()).isEqualTo(id);
    assertThat(client.subjects()).containsExactly("readings-value");
  }

  @Test
  void shouldGiveTheSameIdToTheSameSchemaAgainAndAcrossSubjects() {
    int first = client.register("readings-value", V1);

    assertThat(client.register("readings-value", V1)).isEqualTo(first);
    assertThat(client.register("other-value", V1)).isEqualTo(first);
    assertThat(client.latest("readings-value").version()).isEqualTo(1);
    assertThat(client.register("readings-value", V2_WITH_DEFAULT)).isNotEqualTo(first);
  }

  @Test
  void shouldReportSubjectNotFound40401() {
    assertThatThrownBy(() -> client.latest("nobody-value"))
        .isInstanceOfSatisfying(
            SubjectNotFoundException.class, e -> assertThat(e.errorCode()).isEqualTo(40401))
        .hasMessageContaining("nobody-value");
  }

  @Test
  void shouldReportVersionNotFound40402() {
    client.register("readings-value", V1);
    assertThatThrownBy(() -> client.version("readings-value", 7))
        .isInstanceOfSatisfying(
            VersionNotFoundException.class, e -> assertThat(e.errorCode()).isEqualTo(40402));
  }

  @Test
  void shouldReportSchemaNotFound40403ByIdAndByLookup() {
    client.register("readings-value", V1);
    assertThatThrownBy(() -> client.schemaById(999))
        .isInstanceOfSatisfying(
            SchemaNotFoundException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
    assertThatThrownBy(() -> client.lookup("readings-value", V2_WITH_DEFAULT))
        .isInstanceOf(SchemaNotFoundException.class);
  }

  @Test
  void shouldRejectAnIncompatibleSchemaWith409AndSayWhy() {
    client.register("readings-value", V1);
    assertThatThrownBy(() -> client.register("readings-value", V2_WITHOUT_DEFAULT))
        .isInstanceOfSatisfying(
            IncompatibleSchemaException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(409);
              assertThat(e.httpStatus()).isEqualTo(409);
            })
        .hasMessageContaining("unit");
  }

  @Test
  void shouldReportAnInvalidVersion42202() {
    client.register("readings-value", V1);
    assertThatThrownBy(() -> client.version("readings-value", 0))
        .isInstanceOfSatisfying(
            InvalidVersionException.class, e -> assertThat(e.errorCode()).isEqualTo(42202));
  }

  @Test
  void shouldTestCompatibilityWithMessagesAndHonourTheSubjectLevel() {
    client.register("readings-value", V1);

    assertThat(client.testCompatibility("readings-value", V2_WITH_DEFAULT).compatible()).isTrue();
    var refused = client.testCompatibility("readings-value", V2_WITHOUT_DEFAULT);
    assertThat(refused.compatible()).isFalse();
    assertThat(refused.messages()).anyMatch(m -> m.contains("READER_FIELD_MISSING_DEFAULT_VALUE"));

    client.setCompatibility("readings-value", CompatibilityLevel.NONE);
    assertThat(client.compatibility("readings-value")).isEqualTo(CompatibilityLevel.NONE);
    assertThat(client.compatibility(null)).isEqualTo(CompatibilityLevel.BACKWARD);
    assertThat(client.testCompatibility("readings-value", V2_WITHOUT_DEFAULT).compatible())
        .isTrue();
  }

  @Test
  void shouldCheckForwardAndFullLevelsWithAvrosRules() {
    client.setCompatibility(null, CompatibilityLevel.FORWARD);
    client.register("readings-value", V2_WITH_DEFAULT);
    // FORWARD: the old schema must read new data; dropping a field with a default is fine
    assertThat(client.testCompatibility("readings-value", V1).compatible()).isTrue();

    client.setCompatibility(null, CompatibilityLevel.FULL);
    Schema renamedType =
        SchemaBuilder.record("Reading")
            .namespace("io.planwatch.test")
            .fields()
            .requiredString("region")
            .requiredString("value")
            .endRecord();
    assertThat(client.testCompatibility("readings-value", renamedType).compatible()).isFalse();
  }

  @Test
  void shouldTreatASubjectWithNoVersionsAsCompatible() {
    assertThat(client.testCompatibility("fresh-value", V1).compatible()).isTrue();
  }

  @Test
  void shouldRequireBasicAuthWhenConfiguredAndAcceptUserInfoOrUrlCredentials() {
    try (SchemaRegistryServer secured =
        new SchemaRegistryServer(new RegistryServerOptions(0, "planner:秘密")).start()) {
      String url = secured.url();
      SchemaRegistryClient anonymous = new RestSchemaRegistryClient(RegistryClientConfig.of(url));
      assertThatThrownBy(() -> anonymous.subjects())
          .isInstanceOfSatisfying(
              SchemaRegistryException.class, e -> assertThat(e.httpStatus()).isEqualTo(401))
          .hasMessageContaining("basic.auth.user.info");

      SchemaRegistryClient userInfo =
          SchemaRegistryClients.create(
              Map.of(
                  "schema.registry.url", url,
                  "basic.auth.credentials.source", "USER_INFO",
                  "basic.auth.user.info", "planner:秘密"));
      assertThat(userInfo.register("readings-value", V1)).isPositive();

      SchemaRegistryClient fromUrl =
          SchemaRegistryClients.create(
              Map.of(
                  "schema.registry.url",
                  url.replace("http://", "http://planner:%E7%A7%98%E5%AF%86@"),
                  "basic.auth.credentials.source",
                  "URL"));
      assertThat(fromUrl.subjects()).containsExactly("readings-value");

      SchemaRegistryClient wrong =
          SchemaRegistryClients.create(
              Map.of(
                  "schema.registry.url", url,
                  "basic.auth.credentials.source", "USER_INFO",
                  "basic.auth.user.info", "planner:wrong"));
      assertThatThrownBy(wrong::subjects).isInstanceOf(SchemaRegistryException.class);
    }
  }

  @Test
  void shouldCarryRecordsBetweenSerdesThroughTheHttpRegistry() {
    Map<String, Object> config = Map.of("schema.registry.url", server.url());
    var producerSide = SpecificAvroSerde.of(StatisticalObservation.class, config, false);
    var consumerSide = SpecificAvroSerde.of(StatisticalObservation.class, config, false);
    StatisticalObservation observation = SampleRecords.shenyangIndustryJune();

    byte[] bytes = producerSide.serializer().serialize("planwatch.stats.observations", observation);

    assertThat(consumerSide.deserializer().deserialize("planwatch.stats.observations", bytes))
        .isEqualTo(observation);
    assertThat(client.subjects()).containsExactly("planwatch.stats.observations-value");
  }
}
