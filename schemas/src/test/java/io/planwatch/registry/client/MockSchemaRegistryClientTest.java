package io.planwatch.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.registry.store.SchemaStore;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryClientTest {
  private static final Schema V1 =
      SchemaBuilder.record("Reading").fields().requiredDouble("value").endRecord();
  private static final Schema V2 =
      SchemaBuilder.record("Reading")
          .fields()
          .requiredDouble("value")
          .requiredString("unit")
          .endRecord();

  private final MockSchemaRegistryClient client = new MockSchemaRegistryClient(new SchemaStore());

  @Test
  void shouldApplyTheSameCompatibilityRulesAsTheServer() {
    client.register("r-value", V1);

    assertThatThrownBy(() -> client.register("r-value", V2))
        .isInstanceOf(IncompatibleSchemaException.class);
    client.setCompatibility("r-value", CompatibilityLevel.NONE);
    assertThat(client.register("r-value", V2)).isEqualTo(2);
  }

  @Test
  void shouldCheckEveryEarlierVersionOnlyWhenTransitive() {
    Schema v2 = SchemaBuilder.record("Reading").fields().optionalDouble("value").endRecord();
    Schema v3 =
        SchemaBuilder.record("Reading")
            .fields()
            .optionalDouble("value")
            .requiredString("unit")
            .endRecord();
    client.setCompatibility(null, CompatibilityLevel.NONE);
    client.register("r-value", V1);
    client.register("r-value", v2);
    Schema v3WithDefault =
        SchemaBuilder.record("Reading")
            .fields()
            .optionalDouble("value")
            .name("unit")
            .type()
            .stringType()
            .stringDefault("%")
            .endRecord();
    client.setCompatibility("r-value", CompatibilityLevel.BACKWARD);
    assertThat(client.testCompatibility("r-value", v3).compatible()).isFalse();
    assertThat(client.testCompatibility("r-value", v3WithDefault).compatible()).isTrue();

    client.setCompatibility("r-value", CompatibilityLevel.FORWARD_TRANSITIVE);
    // V1 (double value) cannot read data written with an optional value
    assertThat(client.testCompatibility("r-value", v3WithDefault).compatible()).isFalse();
    client.setCompatibility("r-value", CompatibilityLevel.FORWARD);
    assertThat(client.testCompatibility("r-value", v3WithDefault).compatible()).isTrue();
  }

  @Test
  void shouldHandOutOneIdWhenManyThreadsRegisterTheSameSchema() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> ids =
          pool.invokeAll(java.util.Collections.nCopies(16, () -> client.register("r-value", V1)));
      for (Future<Integer> id : ids) {
        assertThat(id.get()).isEqualTo(1);
      }
      assertThat(client.latest("r-value").version()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
