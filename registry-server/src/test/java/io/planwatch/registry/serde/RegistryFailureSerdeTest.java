package io.planwatch.registry.serde;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.avro.SampleRecords;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.registry.client.RegistryUnreachableException;
import io.planwatch.registry.client.SchemaRegistryException;
import io.planwatch.registry.server.RegistryServerOptions;
import io.planwatch.registry.server.SchemaRegistryServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registry trouble is infrastructure: it must not be mistaken for a poison record. */
class RegistryFailureSerdeTest {
  private static final String TOPIC = "planwatch.stats.observations";

  @Test
  void shouldPropagateRefusedCredentialsInsteadOfCallingTheRecordPoison() {
    try (SchemaRegistryServer secured =
        new SchemaRegistryServer(new RegistryServerOptions(0, "u:p")).start()) {
      Map<String, Object> good =
          Map.of(
              "schema.registry.url", secured.url(),
              "basic.auth.credentials.source", "USER_INFO",
              "basic.auth.user.info", "u:p");
      byte[] bytes =
          SpecificAvroSerde.of(StatisticalObservation.class, good, false)
              .serializer()
              .serialize(TOPIC, SampleRecords.shenyangIndustryJune());
      var anonymous =
          SpecificAvroSerde.of(
              StatisticalObservation.class, Map.of("schema.registry.url", secured.url()), false);

      assertThatThrownBy(() -> anonymous.deserializer().deserialize(TOPIC, bytes))
          .isInstanceOf(SchemaRegistryException.class)
          .isNotInstanceOf(AvroDeserializationException.class);
      assertThatThrownBy(
              () -> anonymous.serializer().serialize(TOPIC, SampleRecords.shenyangIndustryJune()))
          .isInstanceOf(SchemaRegistryException.class);
    }
  }

  @Test
  void shouldPropagateAnUnreachableRegistryFromTheSerializer() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    var serde =
        SpecificAvroSerde.of(
            StatisticalObservation.class,
            Map.of("schema.registry.url", "http://localhost:" + closed, "max.retries", 0),
            false);

    assertThatThrownBy(
            () -> serde.serializer().serialize(TOPIC, SampleRecords.shenyangIndustryJune()))
        .isInstanceOf(RegistryUnreachableException.class)
        .hasMessageContaining("localhost:" + closed);
  }
}
