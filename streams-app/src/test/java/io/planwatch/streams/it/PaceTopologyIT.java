package io.planwatch.streams.it;

import static io.planwatch.avro.Measure.YTD_GROWTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planwatch.avro.AlertTransition;
import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.RegionScorecard;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Comparator;
import io.planwatch.domain.model.SourceRef;
import io.planwatch.domain.model.TargetKind;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.embedded.test.KafkaTestClients;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.registry.test.RegistryServerExtension;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.config.AppConfigLoader;
import io.planwatch.streams.runtime.PaceTopologyFactory;
import io.planwatch.streams.runtime.StreamsApp;
import io.planwatch.streams.topology.AvroFixtures;
import io.planwatch.streams.topology.DeadLetterHeaders;
import io.planwatch.streams.topology.PaceStores;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.TopicProvisioner;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import io.planwatch.topics.ValueSerdeFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production topology, run by the app, on a real KRaft broker and the real HTTP schema
 * registry: the catalogue and a few months of releases in, the expected alerts out; a poison pill
 * lands in the dead-letter topic on the way.
 */
@ExtendWith({KafkaBrokerExtension.class, RegistryServerExtension.class})
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class PaceTopologyIT {
  private static final byte[] POISON = "not avro".getBytes(StandardCharsets.UTF_8);

  private SchemaRegistryServer registry;

  @TempDir Path stateDir;

  private KafkaTestClients clients;
  private Topics topics;
  private ValueSerdeFactory serdes;
  private AppConfig config;

  @BeforeEach
  void provision(
      final EmbeddedKafkaBroker broker,
      final KafkaTestClients kafka,
      final SchemaRegistryServer server) {
    registry = server;
    clients = kafka;
    final String prefix = KafkaTestClients.uniqueTopic("pace") + ".";
    topics = Topics.withPrefix(prefix);
    serdes = AvroValueSerdes.of(Map.of("schema.registry.url", registry.url()));
    try (Admin admin = clients.admin()) {
      new TopicProvisioner(admin, 2, (short) 1, Duration.ofSeconds(30))
          .provision(topics.all())
          .requireConsistent();
    }
    config = appConfig(broker, KafkaTestClients.uniqueTopic("pace-it"), stateDir, Map.of());
  }

  private AppConfig appConfig(
      final EmbeddedKafkaBroker broker,
      final String applicationId,
      final Path state,
      final Map<String, String> overrides) {
    return AppConfigLoader.load(
        Optional.empty(),
        Map.of(
            "PLANWATCH_BOOTSTRAP_SERVERS",
            broker.bootstrapServers(),
            "PLANWATCH_APPLICATION_ID",
            applicationId,
            "PLANWATCH_TOPIC_PREFIX",
            topics.prefix(),
            "PLANWATCH_SCHEMA_REGISTRY_URL",
            registry.url(),
            "PLANWATCH_HTTP_PORT",
            "0",
            "PLANWATCH_STATE_DIR",
            state.toString(),
            "PLANWATCH_ROCKSDB_BLOCK_CACHE_MB",
            "16",
            "PLANWATCH_ROCKSDB_WRITE_BUFFER_MB",
            "4"),
        overrides);
  }

  /**
   * Progress committed, its scorecards not yet recomputed (an hour's interval), the app stopped and
   * its local state lost: the instance that takes over restores the pending group from its
   * changelog and emits the scorecards.
   */
  @Test
  void shouldEmitPendingScorecardsAfterARestartThatLostTheLocalState(
      final EmbeddedKafkaBroker broker) throws Exception {
    final String applicationId = KafkaTestClients.uniqueTopic("pace-it-scorecards");
    final List<String> districts = List.of("210112", "210102");
    try (StreamsApp app =
            StreamsApp.builder(
                    appConfig(
                        broker,
                        applicationId,
                        stateDir.resolve("first"),
                        Map.of("scorecard.interval.ms", "3600000")),
                    new PaceTopologyFactory())
                .build();
        KafkaConsumer<String, IndicatorProgress> progress = consumer(topics.paceProgress())) {
      app.start();
      await().atMost(Duration.ofSeconds(90)).until(() -> app.health().ready());
      for (final String region : List.of("210000", "210100", "210112", "210102")) {
        send(topics.regions(), region, AvroFixtures.region(region));
      }
      send(topics.indicators(), "gdp", AvroFixtures.indicator("gdp"));
      await().atMost(Duration.ofSeconds(30)).until(() -> indicators(app).get("gdp") != null);
      for (final String district : districts) {
        final io.planwatch.domain.model.PlanTarget target = growthTarget(district);
        send(topics.planTargets(), target.id(), AvroFixtures.target(target));
      }
      for (final String district : districts) {
        release(AvroFixtures.observation("gdp", district, 2022, 6, YTD_GROWTH, 8.5, "r-06", 0));
      }
      assertThat(next(progress, 2)).hasSize(2);
    }
    try (KafkaConsumer<String, RegionScorecard> scorecards = consumer(topics.scorecards())) {
      final List<TopicPartition> partitions =
          scorecards.partitionsFor(topics.scorecards().name()).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      assertThat(scorecards.endOffsets(partitions).values())
          .as("nothing written to the scorecards before the stop")
          .containsOnly(0L);
      try (StreamsApp app =
          StreamsApp.builder(
                  appConfig(
                      broker,
                      applicationId,
                      stateDir.resolve("second"),
                      Map.of("scorecard.interval.ms", "500")),
                  new PaceTopologyFactory())
              .build()) {
        app.start();
        final List<String> keys = new ArrayList<>();
        await()
            .atMost(Duration.ofSeconds(120))
            .until(
                () -> {
                  scorecards.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
                  return keys.size() >= 2;
                });

        assertThat(keys).containsExactlyInAnyOrder("210112|2022", "210102|2022");
      }
    }
  }

  private static io.planwatch.domain.model.PlanTarget growthTarget(final String region) {
    return new io.planwatch.domain.model.PlanTarget(
        "it." + region + ".gdp.growth.2022",
        "gdp",
        region,
        TargetKind.ANNUAL_GROWTH,
        Comparator.AT_LEAST,
        8.0,
        null,
        null,
        2022,
        Attribute.EXPECTED,
        false,
        new SourceRef("it-plan", 1),
        null);
  }

  @Test
  void shouldRaiseEscalateAndResolveShenyangIndustryAlertFromReleasesOnTheBroker()
      throws Exception {
    final String iva = "industrial_value_added";
    final String targetId = "002.shenyang.industrial_value_added.growth.2022";
    try (StreamsApp app = StreamsApp.builder(config, new PaceTopologyFactory()).build();
        KafkaConsumer<String, PaceAlert> alerts = consumer(topics.paceAlerts())) {
      app.start();
      await().atMost(Duration.ofSeconds(90)).until(() -> app.health().ready());
      send(topics.regions(), "210000", AvroFixtures.region("210000"));
      // A poison pill on a global store's topic: dead-lettered, and the next region still read.
      sendRaw(topics.regions().name(), "210100", POISON);
      send(topics.regions(), "210100", AvroFixtures.region("210100"));
      send(topics.indicators(), iva, AvroFixtures.indicator(iva));
      send(
          topics.planTargets(),
          targetId,
          AvroFixtures.target(AvroFixtures.catalogueTarget(targetId)));
      // Unknown indicators are dead-lettered: wait until the global store has read the catalogue.
      await().atMost(Duration.ofSeconds(30)).until(() -> indicators(app).get(iva) != null);
      final List<PaceAlert> received = new ArrayList<>();

      // Months go to different input partitions: each waits for its alert to keep their order.
      release(AvroFixtures.observation(iva, "210100", 2022, 5, YTD_GROWTH, 11.0, "r-05", 0));
      received.addAll(next(alerts, 1));
      sendRaw(topics.observations().name(), "poison", POISON);
      release(AvroFixtures.observation(iva, "210100", 2022, 6, YTD_GROWTH, 9.0, "r-06", 0));
      received.addAll(next(alerts, 1));
      release(AvroFixtures.observation(iva, "210100", 2022, 6, YTD_GROWTH, 11.9, "r-06-rev", 1));
      received.addAll(next(alerts, 1));

      assertThat(received)
          .extracting(PaceAlert::getTransition)
          .containsExactly(
              AlertTransition.OPENED, AlertTransition.ESCALATED, AlertTransition.RESOLVED);
      assertThat(received.get(1).getTextZh()).contains("沈阳市 规模以上工业增加值 1-6月累计增长9%");
      final List<ConsumerRecord<byte[], byte[]>> dead = consumeRaw(topics.deadLetters().name(), 2);
      assertThat(dead).extracting(ConsumerRecord::value).containsOnly(POISON);
      assertThat(dead)
          .extracting(
              r ->
                  new String(
                      r.headers().lastHeader(DeadLetterHeaders.SOURCE_TOPIC).value(),
                      StandardCharsets.UTF_8))
          .containsExactlyInAnyOrder(topics.regions().name(), topics.observations().name());
    }
  }

  @Test
  void shouldStopWithFatalExitCodeWhenTheRegistryIsUnreachable() throws Exception {
    final SchemaRegistryServer lost = new SchemaRegistryServer(0).start();
    final AppConfig lostRegistry =
        AppConfigLoader.load(
            Optional.empty(),
            Map.of(
                "PLANWATCH_BOOTSTRAP_SERVERS", clients.bootstrapServers(),
                "PLANWATCH_APPLICATION_ID", KafkaTestClients.uniqueTopic("pace-it-lost"),
                "PLANWATCH_TOPIC_PREFIX", topics.prefix(),
                "PLANWATCH_SCHEMA_REGISTRY_URL", lost.url(),
                "PLANWATCH_HTTP_PORT", "0",
                "PLANWATCH_STATE_DIR", stateDir.resolve("lost").toString()),
            Map.of());
    final StatisticalObservation o =
        AvroFixtures.observation("gdp", "210112", 2022, 6, YTD_GROWTH, 8.0, "r-06", 0);
    final byte[] framed;
    try (var serde =
        topics
            .observations()
            .valueSerde(AvroValueSerdes.of(Map.of("schema.registry.url", lost.url())))) {
      framed = serde.serializer().serialize(topics.observations().name(), o);
    }
    try (StreamsApp app = StreamsApp.builder(lostRegistry, new PaceTopologyFactory()).build()) {
      app.start();
      await().atMost(Duration.ofSeconds(90)).until(() -> app.health().ready());
      lost.close();

      // A well-formed record whose schema cannot be fetched: an outage, not a poison pill.
      sendRaw(topics.observations().name(), AvroFixtures.key(o), framed);

      assertThat(app.awaitTermination()).isEqualTo(StreamsApp.EXIT_FATAL);
    }
    assertThat(consumeRaw(topics.deadLetters().name(), 1)).isEmpty();
  }

  private static ReadOnlyKeyValueStore<String, IndicatorDefinition> indicators(
      final StreamsApp app) {
    return app.streams()
        .store(
            StoreQueryParameters.fromNameAndType(
                PaceStores.INDICATORS,
                QueryableStoreTypes.<String, IndicatorDefinition>keyValueStore()));
  }

  private static <V> List<V> next(final KafkaConsumer<String, V> consumer, final int expected) {
    return KafkaTestClients.poll(consumer, expected).stream().map(ConsumerRecord::value).toList();
  }

  private void release(final StatisticalObservation o) {
    send(topics.observations(), AvroFixtures.key(o), o);
  }

  private <V extends SpecificRecord> void send(
      final TopicSpec<V> topic, final String key, final V value) {
    try (KafkaProducer<String, V> producer =
        new KafkaProducer<>(
            clients.producerProps(),
            topic.keySerde().serializer(),
            topic.valueSerde(serdes).serializer())) {
      producer.send(new ProducerRecord<>(topic.name(), key, value)).get(30, TimeUnit.SECONDS);
    } catch (final Exception e) {
      throw new IllegalStateException("could not send to " + topic.name(), e);
    }
  }

  private void sendRaw(final String topic, final String key, final byte[] value) throws Exception {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(clients.producerProps())) {
      producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    }
  }

  private <V extends SpecificRecord> KafkaConsumer<String, V> consumer(final TopicSpec<V> topic) {
    final Map<String, Object> props = clients.consumerProps();
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    final KafkaConsumer<String, V> consumer =
        new KafkaConsumer<>(
            props, new StringDeserializer(), topic.valueSerde(serdes).deserializer());
    consumer.subscribe(List.of(topic.name()));
    return consumer;
  }

  private List<ConsumerRecord<byte[], byte[]>> consumeRaw(final String topic, final int expected) {
    final Map<String, Object> props = clients.consumerProps();
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      return KafkaTestClients.poll(consumer, expected);
    }
  }
}
