package io.planwatch.registry.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.SampleRecords;
import io.planwatch.registry.client.MockSchemaRegistryClient;
import io.planwatch.registry.client.SchemaRegistryClient;
import io.planwatch.registry.store.SchemaStore;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DeserializerFuzzTest {
  private static final String TOPIC = "planwatch.pace.alerts";

  private final SchemaRegistryClient client = new MockSchemaRegistryClient(new SchemaStore());
  private final byte[] valid =
      new SpecificAvroSerializer<PaceAlert>(client)
          .serialize(TOPIC, SampleRecords.shenyangIndustryAlert());
  private final SpecificAvroDeserializer<PaceAlert> deserializer =
      new SpecificAvroDeserializer<>(client, PaceAlert.class);

  @Property(tries = 2000)
  void arbitraryBytesGiveARecordOrTheTypedException(@ForAll("anyBytes") byte[] bytes) {
    assertOnlyRecordOrTypedException(bytes);
  }

  @Property(tries = 3000)
  void validFramesWithCorruptedBodiesGiveARecordOrTheTypedException(
      @ForAll("corruptedFrames") byte[] bytes) {
    assertOnlyRecordOrTypedException(bytes);
  }

  @Provide
  Arbitrary<byte[]> anyBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
  }

  /** The real header and a real body with a few bytes changed, cut, or extended. */
  @Provide
  Arbitrary<byte[]> corruptedFrames() {
    Arbitrary<Integer> positions = Arbitraries.integers().between(5, valid.length - 1);
    Arbitrary<Byte> values = Arbitraries.bytes();
    Arbitrary<Integer> lengths = Arbitraries.integers().between(5, valid.length + 8);
    return net.jqwik.api.Combinators.combine(
            positions.list().ofMaxSize(4), values.list().ofSize(4), lengths)
        .as(
            (at, with, length) -> {
              byte[] bytes = java.util.Arrays.copyOf(valid, length);
              for (int i = 0; i < at.size(); i++) {
                if (at.get(i) < bytes.length) {
                  bytes[at.get(i)] = with.get(i);
                }
              }
              return bytes;
            });
  }

  private void assertOnlyRecordOrTypedException(byte[] bytes) {
    try {
      PaceAlert alert = deserializer.deserialize(TOPIC, bytes);
      assertThat(alert).isNotNull();
      assertThat(alert.getSchema()).isEqualTo(PaceAlert.getClassSchema());
    } catch (AvroDeserializationException expected) {
      assertThat(expected.topic()).isEqualTo(TOPIC);
      assertThat(expected.getMessage()).contains("byte offset");
    }
  }
}
