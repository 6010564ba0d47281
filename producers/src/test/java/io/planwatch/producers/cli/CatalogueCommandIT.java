package io.planwatch.producers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.Region;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.producers.convert.ObservationMapper;
import io.planwatch.producers.testing.TestFiles;
import io.planwatch.producers.testing.TestObservations;
import io.planwatch.producers.testing.TopicContents;
import io.planwatch.registry.client.RegistryClientConfig;
import io.planwatch.registry.serde.AvroSerdeConfig;
import io.planwatch.registry.serde.SpecificAvroSerializer;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.registry.test.RegistryServerExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith({KafkaBrokerExtension.class, RegistryServerExtension.class})
class CatalogueCommandIT {
  private static final String REMOVED_TARGET = "003.hunnan.hightech_enterprises.level.2022";

  private final EmbeddedKafkaBroker broker;
  private final SchemaRegistryServer registry;
  private final Catalogue shipped = Catalogue.loadDefault();
  private CliEnvironment env;
  @TempDir Path dir;

  CatalogueCommandIT(EmbeddedKafkaBroker broker, SchemaRegistryServer registry) {
    this.broker = broker;
    this.registry = registry;
  }

  @BeforeEach
  void freshTopics() {
    env = CliEnvironment.fresh(broker, registry);
  }

  @Test
  void shouldPublishTheWholeShippedCatalogueOnAnEmptyCluster() {
    CliRun run = CliRun.run(env.variables(), "catalogue");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(latest(env.topics().regions().name(), Region.class))
        .hasSameSizeAs(shipped.regions());
    assertThat(latest(env.topics().indicators().name(), IndicatorDefinition.class))
        .hasSameSizeAs(shipped.indicators());
    assertThat(latest(env.topics().planTargets().name(), PlanTarget.class).keySet())
        .containsExactlyInAnyOrderElementsOf(shipped.targets().keySet());
    int total = shipped.regions().size() + shipped.indicators().size() + shipped.targets().size();
    assertThat(run.out()).contains("published " + total + " records");
  }

  @Test
  void shouldPublishNothingWhenTheCatalogueIsLoadedAgainUnchanged() {
    CliRun.run(env.variables(), "catalogue");
    int before = recordsOnTargets();

    CliRun second = CliRun.run(env.variables(), "catalogue");

    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("0 to send (0 removed)", "published 0 records");
    assertThat(recordsOnTargets()).isEqualTo(before);
  }

  @Test
  void shouldSendATombstoneForATargetRemovedFromTheFiles() throws IOException {
    Path catalogue = TestFiles.shippedCatalogue(dir.resolve("catalogue"));
    CliRun.run(env.variables(), "catalogue", "--dir", catalogue.toString());
    removeTarget(catalogue.resolve("targets/003-hunnan-2022.yaml"), REMOVED_TARGET);

    CliRun run = CliRun.run(env.variables(), "catalogue", "--dir", catalogue.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 to send (1 removed)", "published 1 records");
    Map<String, PlanTarget> targets = latest(env.topics().planTargets().name(), PlanTarget.class);
    assertThat(targets).containsEntry(REMOVED_TARGET, null);
    assertThat(targets).hasSize(shipped.targets().size());
  }

  @Test
  void shouldRefuseAnInvalidCatalogueWithEveryErrorAndPublishNothing() throws IOException {
    Path catalogue = TestFiles.shippedCatalogue(dir.resolve("broken"));
    Path file = catalogue.resolve("targets/003-hunnan-2022.yaml");
    Files.writeString(
        file,
        Files.readString(file, StandardCharsets.UTF_8)
            .replace("kind: ANNUAL_LEVEL", "kind: SOMETIMES"),
        StandardCharsets.UTF_8);

    CliRun run = CliRun.run(env.variables(), "catalogue", "--dir", catalogue.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("003-hunnan-2022.yaml", "SOMETIMES");
  }

  @Test
  void shouldLetAnOutsideProducerThatRegistersNoSchemaPublishObservationsFirst() throws Exception {
    CliRun run = CliRun.run(env.variables(), "catalogue");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("contracts: 5 registered");

    // A bureau's own producer, configured as with Confluent's serializer: the latest registered
    // version, never registering anything itself.
    Map<String, Object> serde =
        Map.of(
            RegistryClientConfig.SCHEMA_REGISTRY_URL, registry.url(),
            AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false,
            AvroSerdeConfig.USE_LATEST_VERSION, true);
    SpecificAvroSerializer<StatisticalObservation> values = new SpecificAvroSerializer<>();
    values.configure(serde, false);
    StatisticalObservation figure = ObservationMapper.toAvro(TestObservations.gdp(1).get(0));
    String topic = env.topics().observations().name();
    try (KafkaProducer<String, StatisticalObservation> outside =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
            new StringSerializer(),
            values)) {
      outside.send(new ProducerRecord<>(topic, "outside", figure)).get(30, TimeUnit.SECONDS);
    }

    assertThat(
            TopicContents.committed(
                broker.bootstrapServers(), registry.url(), topic, StatisticalObservation.class))
        .singleElement()
        .satisfies(record -> assertThat(record.value()).isEqualTo(figure));
  }

  private int recordsOnTargets() {
    return TopicContents.committed(
            broker.bootstrapServers(),
            registry.url(),
            env.topics().planTargets().name(),
            PlanTarget.class)
        .size();
  }

  private <V extends org.apache.avro.specific.SpecificRecord> Map<String, V> latest(
      String topic, Class<V> type) {
    return TopicContents.latest(broker.bootstrapServers(), registry.url(), topic, type);
  }

  /** Deletes the YAML block of one target: from its {@code - id:} line to the next one. */
  private static void removeTarget(Path file, String id) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int start = text.indexOf("  - id: " + id + "\n");
    int end = text.indexOf("  - id: ", start + 1);
    assertThat(start).isPositive();
    Files.writeString(file, text.substring(0, start) + text.substring(end), StandardCharsets.UTF_8);
  }
}
