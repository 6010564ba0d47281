package io.planwatch.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.avro.Frequency;
import io.planwatch.avro.Measure;
import io.planwatch.avro.ObservationStatus;
import io.planwatch.avro.Period;
import io.planwatch.avro.PriceBasis;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.embedded.test.KafkaTestClients;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.registry.test.RegistryServerExtension;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.TopicProvisioner;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import io.planwatch.topics.ValueSerdeFactory;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Observations through a real broker and the real HTTP registry: written with the project's
 * serializer, read back with its deserializer, and read by a newer reader schema as a dashboard
 * with a later contract would.
 */
@ExtendWith({KafkaBrokerExtension.class, RegistryServerExtension.class})
class ObservationRoundTripIT {
  private SchemaRegistryServer registry;

  private TopicSpec<StatisticalObservation> observations;
  private ValueSerdeFactory serdes;

  @BeforeEach
  void provisionTopics(KafkaTestClients clients, SchemaRegistryServer server) {
    registry = server;
    observations =
        Topics.withPrefix(KafkaTestClients.uniqueTopic("roundtrip") + ".").observations();
    serdes = AvroValueSerdes.of(Map.of("schema.registry.url", registry.url()));
    try (Admin admin = clients.admin()) {
      new TopicProvisioner(admin, 1, (short) 1, Duration.ofSeconds(30))
          .provision(List.of(observations))
          .requireConsistent();
    }
  }

  @Test
  void shouldReadBackEveryFieldOfObservationsWrittenWithProjectSerializer(KafkaTestClients clients)
      throws Exception {
    List<StatisticalObservation> sent =
        List.of(
            observation("gdp", "210112", 6, Measure.YTD_LEVEL, 365.2, 0, null),
            observation("iva", "210100", 6, Measure.YTD_GROWTH, 5.1, 1, "simulated"),
            observation("unemployment", "210000", 9, Measure.RATE, 3.6, 0, "统计局 2022-10 月报"));
    produce(clients, sent);

    try (Serde<StatisticalObservation> serde = observations.valueSerde(serdes);
        KafkaConsumer<String, StatisticalObservation> consumer =
            new KafkaConsumer<>(
                clients.consumerProps(),
                observations.keySerde().deserializer(),
                serde.deserializer())) {
      consumer.subscribe(List.of(observations.name()));
      List<ConsumerRecord<String, StatisticalObservation>> received =
          KafkaTestClients.poll(consumer, sent.size());

      assertThat(received).extracting(ConsumerRecord::value).containsExactlyElementsOf(sent);
      assertThat(received)
          .extracting(ConsumerRecord::key)
          .containsExactly(
              "gdp|210112|2022-06|YTD_LEVEL",
              "iva|210100|2022-06|YTD_GROWTH",
              "unemployment|210000|2022-09|RATE");
    }
    RegistryHttp http = new RegistryHttp(registry.url());
    assertThat(http.subjects())
        .contains(observations.valueSubject())
        .doesNotContain(observations.name() + "-key");
  }

  @Test
  void shouldLetReaderWithEvolvedSchemaReadRecordsWrittenWithCurrentSchema(KafkaTestClients clients)
      throws Exception {
    StatisticalObservation old =
        observation("gdp", "210112", 12, Measure.YTD_LEVEL, 720.5, 2, "simulated");
    produce(clients, List.of(old));
    RegistryHttp http = new RegistryHttp(registry.url());
    Schema evolved = evolvedSchema();
    assertThat(http.isCompatibleWithLatest(observations.valueSubject(), evolved)).isTrue();

    // Read as a foreign consumer would: Confluent framing, writer schema by id over HTTP,
    // Avro schema resolution into the newer reader schema.
    byte[] framed = rawValues(clients, 1).get(0);
    ByteBuffer buffer = ByteBuffer.wrap(framed);
    assertThat(buffer.get()).isZero();
    int schemaId = buffer.getInt();
    assertThat(schemaId).isEqualTo(http.latestId(observations.valueSubject()));
    Schema writer = http.schemaById(schemaId);
    GenericRecord read =
        new GenericDatumReader<GenericRecord>(writer, evolved)
            .read(
                null,
                DecoderFactory.get()
                    .binaryDecoder(framed, buffer.position(), buffer.remaining(), null));

    assertThat(read.getSchema().getField("seasonallyAdjusted")).isNotNull();
    assertThat(read.get("seasonallyAdjusted")).isEqualTo(false);
    assertThat(read.get("note")).isNull();
    assertThat(read.get("indicatorCode")).hasToString("gdp");
    assertThat(read.get("regionCode")).hasToString("210112");
    assertThat(((GenericRecord) read.get("period")).get("month")).isEqualTo(12);
    assertThat(read.get("measure")).hasToString("YTD_LEVEL");
    assertThat(read.get("value")).isEqualTo(720.5);
    assertThat(read.get("revision")).isEqualTo(2);
    assertThat(read.get("publishedAt")).isEqualTo(old.getPublishedAt().toEpochMilli());
    assertThat(read.get("source")).hasToString("simulated");
  }

  @Test
  void shouldRejectEvolutionThatOldRecordsCannotSatisfy(KafkaTestClients clients) throws Exception {
    produce(clients, List.of(observation("gdp", "210112", 3, Measure.YTD_LEVEL, 160.0, 0, null)));
    Schema evolved = evolvedSchema();
    List<Schema.Field> fields =
        new ArrayList<>(
            evolved.getFields().stream()
                .map(f -> new Schema.Field(f.name(), f.schema(), f.doc(), f.defaultVal()))
                .toList());
    fields.add(new Schema.Field("mandatoryWithoutDefault", Schema.create(Schema.Type.STRING), "x"));
    Schema breaking =
        Schema.createRecord(evolved.getName(), null, evolved.getNamespace(), false, fields);
    RegistryHttp http = new RegistryHttp(registry.url());

    assertThat(http.isCompatibleWithLatest(observations.valueSubject(), breaking)).isFalse();
  }

  private void produce(KafkaTestClients clients, List<StatisticalObservation> values)
      throws Exception {
    try (Serde<StatisticalObservation> serde = observations.valueSerde(serdes);
        KafkaProducer<String, StatisticalObservation> producer =
            new KafkaProducer<>(
                clients.producerProps(),
                observations.keySerde().serializer(),
                serde.serializer())) {
      for (StatisticalObservation value : values) {
        producer.send(new ProducerRecord<>(observations.name(), keyOf(value), value)).get();
      }
    }
  }

  private List<byte[]> rawValues(KafkaTestClients clients, int expected) {
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            clients.consumerProps(), new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(observations.name()));
      return KafkaTestClients.poll(consumer, expected).stream().map(ConsumerRecord::value).toList();
    }
  }

  private static Schema evolvedSchema() throws Exception {
    try (InputStream in =
        ObservationRoundTripIT.class.getResourceAsStream(
            "/evolution/StatisticalObservation-evolved.avsc")) {
      return new Schema.Parser().parse(in);
    }
  }

  private static String keyOf(StatisticalObservation o) {
    return String.join(
        "|",
        o.getIndicatorCode(),
        o.getRegionCode(),
        String.format("%d-%02d", o.getPeriod().getYear(), o.getPeriod().getMonth()),
        o.getMeasure().name());
  }

  private static StatisticalObservation observation(
      String indicator,
      String region,
      int month,
      Measure measure,
      double value,
      int revision,
      String source) {
    return StatisticalObservation.newBuilder()
        .setIndicatorCode(indicator)
        .setRegionCode(region)
        .setPeriod(new Period(2022, month))
        .setMeasure(measure)
        .setValue(value)
        .setUnit(measure == Measure.YTD_LEVEL ? "亿元" : "%")
        .setPriceBasis(measure == Measure.YTD_GROWTH ? PriceBasis.COMPARABLE : PriceBasis.CURRENT)
        .setFrequency(Frequency.MONTHLY)
        .setStatus(revision == 0 ? ObservationStatus.PROVISIONAL : ObservationStatus.REVISED)
        .setReleaseId("2022-" + month + "-release")
        .setRevision(revision)
        .setPublishedAt(Instant.parse("2022-07-15T02:00:00Z").plusSeconds(revision * 86_400L))
        .setSource(source)
        .build();
  }
}
