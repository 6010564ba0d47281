package io.planwatch.registry.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.avro.ProjectUpdate;
import io.planwatch.avro.SampleRecords;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.registry.client.MockSchemaRegistryClient;
import io.planwatch.registry.client.SchemaRegistryClient;
import io.planwatch.registry.store.SchemaStore;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class SpecificAvroDeserializerBadInputTest {
  private static final String TOPIC = "planwatch.stats.observations";

  private final SchemaRegistryClient client = new MockSchemaRegistryClient(new SchemaStore());
  private final SpecificAvroDeserializer<StatisticalObservation> deserializer =
      new SpecificAvroDeserializer<>(client, StatisticalObservation.class);
  private final byte[] valid =
      new SpecificAvroSerializer<StatisticalObservation>(client)
          .serialize(TOPIC, SampleRecords.shenyangIndustryJune());

  @Test
  void shouldRejectAnEmptyValueNamingTheTopicAndOffsetZero() {
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[0]))
        .isInstanceOf(AvroDeserializationException.class)
        .hasMessageContaining(TOPIC)
        .hasMessageContaining("byte offset 0")
        .hasMessageContaining("empty");
  }

  @Test
  void shouldRejectAWrongMagicByte() {
    byte[] bytes = valid.clone();
    bytes[0] = 0x7b; // '{' : someone wrote JSON
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
        .isInstanceOf(AvroDeserializationException.class)
        .hasMessageContaining("magic byte 0x7b");
  }

  @Test
  void shouldRejectATruncatedHeader() {
    AvroDeserializationException e = catchDeserialization(Arrays.copyOf(valid, 3));
    assertThat(e.offset()).isEqualTo(3);
    assertThat(e.schemaId()).isNull();
    assertThat(e).hasMessageContaining("truncated header");
  }

  @Test
  void shouldRejectATruncatedRecordNamingTheSchemaIdAndOffset() {
    AvroDeserializationException e = catchDeserialization(Arrays.copyOf(valid, valid.length - 4));
    assertThat(e.schemaId()).isEqualTo(WireFormat.schemaId(valid));
    assertThat(e.topic()).isEqualTo(TOPIC);
    assertThat(e.offset()).isBetween(WireFormat.HEADER_SIZE, valid.length - 4);
    assertThat(e).hasMessageContaining("schema id " + WireFormat.schemaId(valid));
  }

  @Test
  void shouldRejectAnUnknownSchemaId() {
    byte[] bytes = valid.clone();
    bytes[4] = 99;
    AvroDeserializationException e = catchDeserialization(bytes);
    assertThat(e.schemaId()).isEqualTo(99);
    assertThat(e).hasMessageContaining("unknown schema id 99");
  }

  @Test
  void shouldRejectTrailingBytesAfterTheRecord() {
    byte[] bytes = Arrays.copyOf(valid, valid.length + 2);
    AvroDeserializationException e = catchDeserialization(bytes);
    assertThat(e.offset()).isEqualTo(valid.length);
    assertThat(e).hasMessageContaining("2 unexpected byte(s)");
  }

  @Test
  void shouldRejectAHugeStringLengthWithoutAllocatingIt() {
    // header, then indicatorCode length varint 0xFE 0xFF 0xFF 0xFF 0x07 = 1,073,741,823 bytes
    byte[] bytes = Arrays.copyOf(valid, 12);
    System.arraycopy(
        new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07}, 0, bytes, 5, 5);
    AvroDeserializationException e = catchDeserialization(bytes);
    assertThat(e).hasMessageContaining("string length of 1073741823");
  }

  @Test
  void shouldRejectAHugeArrayCountWithoutAllocatingIt() {
    SpecificAvroDeserializer<ProjectUpdate> projects =
        new SpecificAvroDeserializer<>(client, ProjectUpdate.class);
    ProjectUpdate update = SampleRecords.hunnanProject();
    update.setMilestones(java.util.List.of());
    byte[] empty = new SpecificAvroSerializer<ProjectUpdate>(client).serialize("p", update);
    // the empty milestones array is one 0x00 byte just before investmentCompletedYtd (8 bytes)
    int arrayAt = indexOfEmptyArray(empty, update);
    byte[] bytes = new byte[empty.length + 4];
    System.arraycopy(empty, 0, bytes, 0, arrayAt);
    System.arraycopy(
        new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07},
        0,
        bytes,
        arrayAt,
        5);
    System.arraycopy(empty, arrayAt + 1, bytes, arrayAt + 5, empty.length - arrayAt - 1);

    assertThatThrownBy(() -> projects.deserialize("p", bytes))
        .isInstanceOf(AvroDeserializationException.class)
        .hasMessageContaining("array block of 1073741823");
  }

  @Test
  void shouldBeASerializationExceptionSoKafkaHandlersSeePoisonRecords() {
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[] {1, 2, 3}))
        .isInstanceOf(SerializationException.class);
  }

  private AvroDeserializationException catchDeserialization(byte[] bytes) {
    try {
      deserializer.deserialize(TOPIC, bytes);
    } catch (AvroDeserializationException e) {
      return e;
    }
    throw new AssertionError("expected an AvroDeserializationException");
  }

  private static int indexOfEmptyArray(byte[] bytes, ProjectUpdate update) {
    // after the array: investmentCompletedYtd double (8 bytes), reportDate int varint, ...;
    // find it by encoding the same record with one milestone and comparing where they diverge
    update.setMilestones(SampleRecords.hunnanProject().getMilestones());
    byte[] withOne =
        new SpecificAvroSerializer<ProjectUpdate>(new MockSchemaRegistryClient(new SchemaStore()))
            .serialize("p", update);
    int i = WireFormat.HEADER_SIZE;
    while (bytes[i] == withOne[i]) {
      i++;
    }
    return i;
  }
}
