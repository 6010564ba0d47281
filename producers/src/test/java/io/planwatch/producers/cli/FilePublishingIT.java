package io.planwatch.producers.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.model.Observation;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.producers.convert.ObservationMapper;
import io.planwatch.producers.ingest.IngestOptions;
import io.planwatch.producers.publish.InfrastructureException;
import io.planwatch.producers.publish.Outgoing;
import io.planwatch.producers.publish.PublisherConfig;
import io.planwatch.producers.publish.Records;
import io.planwatch.producers.testing.TestObservations;
import io.planwatch.producers.testing.TopicContents;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The send stage of a file's publish against the real broker, where its failures happen. */
@ExtendWith(KafkaBrokerExtension.class)
class FilePublishingIT {
  // A whole number of the send stage's batches, so that the failing row is handed over at once.
  private static final int FAILING_ROW = 1024;
  private static final int ROWS = 3000;

  private final EmbeddedKafkaBroker broker;
  @TempDir Path dir;

  FilePublishingIT(EmbeddedKafkaBroker broker) {
    this.broker = broker;
  }

  @Test
  void shouldStopReadingAtTheNextRowOnceTheRegistryFailedTheSendAndShowNothingOfTheFile()
      throws IOException {
    // A registry of its own, stopped part of the way through the file.
    try (SchemaRegistryServer registry = new SchemaRegistryServer(0).start()) {
      publishWhileTheRegistryStops(registry);
    }
  }

  private void publishWhileTheRegistryStops(SchemaRegistryServer registry) throws IOException {
    String registryUrl = registry.url();
    Topics topics = CliEnvironment.fresh(broker, registry).topics();
    PublisherConfig config =
        PublisherConfig.of(broker.bootstrapServers(), registryUrl)
            .withTopics(topics)
            .withTimeout(Duration.ofSeconds(5));
    // A record for another topic needs another subject, which the serializer asks the registry.
    TopicSpec<StatisticalObservation> other =
        new TopicSpec<>(
            topics.prefix() + "other",
            StatisticalObservation.class,
            topics.observations().cleanupPolicy(),
            topics.observations().retention(),
            topics.observations().keyFormat());
    AtomicInteger mapped = new AtomicInteger();
    AtomicReference<Thread> sender = new AtomicReference<>();
    AtomicInteger handedToSink = new AtomicInteger();
    FilePublishing.Reader<Observation> reader =
        (file, bytes, options, sink) -> {
          List<Observation> rows = TestObservations.gdp(ROWS);
          for (int i = 0; i < ROWS; i++) {
            sink.accept(rows.get(i));
            handedToSink.incrementAndGet();
            if (i + 1 == FAILING_ROW) {
              // Every row after this one is handed over only once the send has failed.
              await().atMost(Duration.ofSeconds(60)).until(() -> stopped(sender.get()));
            }
          }
          throw new AssertionError("the reader was never told that the send had failed");
        };
    FilePublishing<Observation> publishing =
        new FilePublishing<>(
            "releases",
            reader,
            (spec, observation) -> {
              sender.set(Thread.currentThread());
              if (mapped.incrementAndGet() < FAILING_ROW) {
                return Records.observation(spec, observation);
              }
              registry.close();
              return Outgoing.of(other, observation.key(), ObservationMapper.toAvro(observation));
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            false);
    Path file = Files.writeString(dir.resolve("release.csv"), "indicator,region_code\n");

    try (Session session =
        Session.offline(new ConnectionOptions(), config, new PrintWriter(new StringWriter()))) {
      assertThatThrownBy(
              () ->
                  publishing.run(
                      List.of(file), IngestOptions.defaults(CliRun.CLOCK), false, session))
          .isInstanceOf(InfrastructureException.class)
          .extracting(e -> ((InfrastructureException) e).component())
          .isEqualTo(InfrastructureException.Component.SCHEMA_REGISTRY);
    }

    // Thrown to the reader at the first row after the failure, not at the end of the file.
    assertThat(handedToSink.get()).isEqualTo(FAILING_ROW);
    assertThat(
            TopicContents.committed(
                broker.bootstrapServers(),
                registryUrl,
                topics.observations().name(),
                StatisticalObservation.class))
        .isEmpty();
  }

  private static boolean stopped(Thread sender) {
    return sender != null && !sender.isAlive();
  }
}
