package io.planwatch.registry.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.avro.Period;
import io.planwatch.avro.SampleRecords;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.registry.client.MockSchemaRegistry;
import io.planwatch.registry.client.MockSchemaRegistryClient;
import io.planwatch.registry.client.SchemaRegistryClient;
import io.planwatch.registry.store.SchemaStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpecificAvroSerdeTest {
  private static final String SCOPE = "serde-test";
  private static final String TOPIC = "planwatch.stats.observations";

  @AfterEach
  void dropScope() {
    MockSchemaRegistry.dropScope(SCOPE);
  }

  static java.util.List<SpecificRecord> samples() {
    return SampleRecords.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void shouldRoundTripEveryContractRecordThroughTheMockRegistryUrl(SpecificRecord record) {
    Map<String, Object> config = Map.of("schema.registry.url", "mock://" + SCOPE);
    SpecificAvroSerde<SpecificRecord> serde = new SpecificAvroSerde<>();
    serde.configure(config, false);

    byte[] bytes = serde.serializer().serialize("planwatch.any", record);
    SpecificRecord back = serde.deserializer().deserialize("planwatch.any", bytes);

    assertThat(back).isEqualTo(record);
    assertThat(bytes[0]).isEqualTo(WireFormat.MAGIC_BYTE);
  }

  @Test
  void shouldWriteMagicByteBigEndianIdThenAvrosOwnBinaryEncoding() throws IOException {
    SchemaStore store = new SchemaStore();
    for (int i = 0; i < 257; i++) {
      store.register("filler-" + i, SchemaBuilder.record("Filler" + i).fields().endRecord());
    }
    SpecificAvroSerializer<Period> serializer =
        new SpecificAvroSerializer<>(new MockSchemaRegistryClient(store));
    Period period = new Period(2022, 6);

    byte[] bytes = serializer.serialize(TOPIC, period);

    GenericRecord generic = new GenericData.Record(Period.getClassSchema());
    generic.put("year", 2022);
    generic.put("month", 6);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(new byte[] {0x00, 0x00, 0x00, 0x01, 0x02});
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(expected, null);
    new GenericDatumWriter<GenericRecord>(Period.getClassSchema()).write(generic, encoder);
    encoder.flush();
    assertThat(bytes).isEqualTo(expected.toByteArray());
    // zig-zag varints: 2022 -> 0xCC 0x1F, 6 -> 0x0C
    assertThat(bytes).containsExactly(0x00, 0x00, 0x00, 0x01, 0x02, 0xCC, 0x1F, 0x0C);
    assertThat(store.lookup(TOPIC + "-value", Period.getClassSchema()).id()).isEqualTo(258);
  }

  @Test
  void shouldWriteAndReadNullAsTombstone() {
    SchemaRegistryClient client = MockSchemaRegistry.clientForScope(SCOPE);
    var serde = new SpecificAvroSerde<>(client, StatisticalObservation.class);

    assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
    assertThat(serde.deserializer().deserialize(TOPIC, null)).isNull();
  }

  @Test
  void shouldReadRecordsWrittenWithTheOlderSchemaThatLacksSource() throws IOException {
    SchemaRegistryClient client = MockSchemaRegistry.clientForScope(SCOPE);
    Schema v1 = io.planwatch.avro.SchemaHistory.versions("StatisticalObservation").get(0).schema();
    int id = client.register(TOPIC + "-value", v1);
    StatisticalObservation current = SampleRecords.shenyangIndustryJune();
    byte[] oldBytes = frame(id, v1, asOlderRecord(v1, current));

    StatisticalObservation read =
        new SpecificAvroDeserializer<>(client, StatisticalObservation.class)
            .deserialize(TOPIC, oldBytes);

    assertThat(read.getSource()).isNull();
    current.setSource(null);
    assertThat(read).isEqualTo(current);
  }

  @Test
  void shouldSubjectByTopicByDefaultAndByRecordNameWhenConfiguredWithConfluentsClassName() {
    SchemaRegistryClient client = MockSchemaRegistry.clientForScope(SCOPE);
    var byTopic = new SpecificAvroSerializer<StatisticalObservation>(client);
    byTopic.configure(Map.of(), false);
    var byRecord = new SpecificAvroSerializer<StatisticalObservation>(client);
    byRecord.configure(
        Map.of(
            "value.subject.name.strategy",
            "io.confluent.kafka.serializers.subject.RecordNameStrategy"),
        false);
    var keyByTopic = new SpecificAvroSerializer<Period>(client);
    keyByTopic.configure(Map.of(), true);

    byTopic.serialize(TOPIC, SampleRecords.shenyangIndustryJune());
    byRecord.serialize(TOPIC, SampleRecords.shenyangIndustryJune());
    keyByTopic.serialize(TOPIC, new Period(2022, 6));

    assertThat(client.subjects())
        .containsExactlyInAnyOrder(
            TOPIC + "-value", "io.planwatch.avro.StatisticalObservation", TOPIC + "-key");
  }

  @Test
  void shouldRefuseToWriteAnUnregisteredSchemaWhenAutoRegisterIsOff() {
    SchemaRegistryClient client = MockSchemaRegistry.clientForScope(SCOPE);
    var serializer = new SpecificAvroSerializer<StatisticalObservation>(client);
    serializer.configure(Map.of("auto.register.schemas", "false"), false);

    assertThatThrownBy(() -> serializer.serialize(TOPIC, SampleRecords.shenyangIndustryJune()))
        .isInstanceOf(AvroSerializationException.class)
        .hasMessageContaining(TOPIC + "-value")
        .hasMessageContaining("auto.register.schemas=false");

    client.register(TOPIC + "-value", StatisticalObservation.getClassSchema());
    assertThat(serializer.serialize(TOPIC, SampleRecords.shenyangIndustryJune())).isNotEmpty();
  }

  @Test
  void shouldWriteWithTheLatestRegisteredSchemaWhenUseLatestVersionIsSet() {
    SchemaRegistryClient client = MockSchemaRegistry.clientForScope(SCOPE);
    Schema v1 = io.planwatch.avro.SchemaHistory.versions("StatisticalObservation").get(0).schema();
    client.setCompatibility(TOPIC + "-value", io.planwatch.registry.client.CompatibilityLevel.NONE);
    int latestId = client.register(TOPIC + "-value", v1);
    var serializer = new SpecificAvroSerializer<StatisticalObservation>(client);
    serializer.configure(Map.of("auto.register.schemas", false, "use.latest.version", true), false);

    byte[] bytes = serializer.serialize(TOPIC, SampleRecords.shenyangIndustryJune());

    assertThat(WireFormat.schemaId(bytes)).isEqualTo(latestId);
    StatisticalObservation read =
        new SpecificAvroDeserializer<>(client, StatisticalObservation.class)
            .deserialize(TOPIC, bytes);
    assertThat(read.getValue()).isEqualTo(5.1);
    assertThat(read.getSource()).as("v1 has no source field").isNull();
  }

  @Test
  void shouldReadAsTheGeneratedClassNamedByTheWriterSchemaWhenNoTypeIsGiven() {
    SchemaRegistryClient client = MockSchemaRegistry.clientForScope(SCOPE);
    byte[] bytes =
        new SpecificAvroSerializer<>(client)
            .serialize(TOPIC, SampleRecords.shenyangIndustryAlert());

    Object read = new SpecificAvroDeserializer<>(client, null).deserialize(TOPIC, bytes);

    assertThat(read).isEqualTo(SampleRecords.shenyangIndustryAlert());
  }

  private static GenericRecord asOlderRecord(Schema v1, StatisticalObservation current) {
    GenericRecord old = new GenericData.Record(v1);
    GenericRecord period = new GenericData.Record(v1.getField("period").schema());
    period.put("year", current.getPeriod().getYear());
    period.put("month", current.getPeriod().getMonth());
    old.put("indicatorCode", current.getIndicatorCode());
    old.put("regionCode", current.getRegionCode());
    old.put("period", period);
    old.put("measure", enumOf(v1, "measure", current.getMeasure().name()));
    old.put("value", current.getValue());
    old.put("unit", current.getUnit());
    old.put("priceBasis", enumOf(v1, "priceBasis", current.getPriceBasis().name()));
    old.put("frequency", enumOf(v1, "frequency", current.getFrequency().name()));
    old.put("status", enumOf(v1, "status", current.getStatus().name()));
    old.put("releaseId", current.getReleaseId());
    old.put("revision", current.getRevision());
    old.put("publishedAt", current.getPublishedAt().toEpochMilli());
    return old;
  }

  private static GenericData.EnumSymbol enumOf(Schema record, String field, String symbol) {
    return new GenericData.EnumSymbol(record.getField(field).schema(), symbol);
  }

  static byte[] frame(int id, Schema schema, GenericRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {0, (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id});
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }
}
