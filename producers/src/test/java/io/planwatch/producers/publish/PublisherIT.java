package io.planwatch.producers.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.model.Observation;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.producers.convert.ObservationMapper;
import io.planwatch.producers.testing.ClosedPort;
import io.planwatch.producers.testing.TestObservations;
import io.planwatch.producers.testing.TopicContents;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.registry.test.RegistryServerExtension;
import io.planwatch.topics.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({KafkaBrokerExtension.class, RegistryServerExtension.class})
class PublisherIT {
  private final EmbeddedKafkaBroker broker;
  private final SchemaRegistryServer registry;
  private PublisherConfig config;

  PublisherIT(EmbeddedKafkaBroker broker, SchemaRegistryServer registry) {
    this.broker = broker;
    this.registry = registry;
  }

  @BeforeEach
  void isolateTopics() {
    config =
        PublisherConfig.of(broker.bootstrapServers(), registry.url())
            .withTopics(
                Topics.withPrefix("pub-" + UUID.randomUUID().toString().substring(0, 8) + "."));
  }

  @Test
  void shouldMakeACommittedBatchVisibleWithKeysAndValuesAsSent() {
    List<Observation> observations = TestObservations.gdp(10);
    try (Publisher publisher = open()) {
      PublishResult result = publisher.publish(batch("b1", observations), PublishListener.NONE);

      assertThat(result.outcome()).isEqualTo(PublishResult.Outcome.COMMITTED);
      assertThat(result.acknowledged()).isEqualTo(10);
      assertThat(result.failed()).isZero();
    }

    List<ConsumerRecord<String, StatisticalObservation>> seen = observationsSeen();
    assertThat(seen)
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrderElementsOf(observations.stream().map(Observation::key).toList());
    assertThat(seen)
        .extracting(ConsumerRecord::value)
        .containsExactlyInAnyOrderElementsOf(
            observations.stream().map(ObservationMapper::toAvro).toList());
  }

  @Test
  void shouldShowNothingOfABatchStoppedHalfWayToReadCommittedConsumers() {
    List<Observation> observations = TestObservations.gdp(100);
    try (Publisher publisher = open()) {
      PublishResult result =
          publisher.publish(
              batch("half", observations),
              (handed, total) -> {
                if (handed == total / 2) {
                  throw new IllegalStateException("simulated crash after half the sends");
                }
              });

      assertThat(result.outcome()).isEqualTo(PublishResult.Outcome.ABORTED);
      assertThat(result.published()).isZero();
      assertThat(result.errorMessage()).hasValueSatisfying(m -> assertThat(m).contains("crash"));
    }

    assertThat(observationsSeen()).isEmpty();
  }

  @Test
  void shouldShowNothingOfAnOpenBatchAbortedAfterItsRecordsReachedTheBrokersLog() {
    List<Observation> observations = TestObservations.gdp(50);
    Batch batch = batch("streamed", List.of());
    try (Publisher publisher = open();
        OpenBatch open = publisher.begin(batch, observations.size(), PublishListener.NONE)) {
      // Sent as a file's rows are validated: the records are in the log before the file ends.
      Records.observations(config.topics(), observations).forEach(open::send);
      await().atMost(Duration.ofSeconds(30)).until(() -> logEndOffsets() >= observations.size());

      PublishResult result = open.abort("a later row of the file is invalid");

      assertThat(result.outcome()).isEqualTo(PublishResult.Outcome.ABORTED);
      assertThat(result.errorMessage()).contains("a later row of the file is invalid");
      assertThat(open.sending()).isFalse();
    }

    assertThat(observationsSeen()).isEmpty();
  }

  @Test
  void shouldCommitAnOpenBatchWithTheRecordsSentWhileItWasOpen() {
    List<Observation> observations = TestObservations.gdp(30);
    PublishResult result;
    try (Publisher publisher = open();
        OpenBatch open =
            publisher.begin(batch("open", observations.subList(0, 10)), 0, PublishListener.NONE)) {
      Records.observations(config.topics(), observations.subList(10, 30)).forEach(open::send);
      result = open.commit();
    }

    assertThat(result.outcome()).isEqualTo(PublishResult.Outcome.COMMITTED);
    assertThat(result.published()).isEqualTo(30);
    assertThat(result.acknowledged()).isEqualTo(30);
    assertThat(observationsSeen())
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrderElementsOf(observations.stream().map(Observation::key).toList());
  }

  @Test
  void shouldAbortAnOpenBatchClosedWithoutACommit() {
    List<Observation> observations = TestObservations.gdp(10);
    try (Publisher publisher = open()) {
      try (OpenBatch open =
          publisher.begin(batch("left-open", observations), 0, PublishListener.NONE)) {
        assertThat(open.handed()).isEqualTo(10);
      }
      // The same publisher runs the next file at once: the abandoned transaction is not in its way.
      PublishResult next =
          publisher.publish(batch("next", TestObservations.gdp(3)), PublishListener.NONE);
      assertThat(next.committed()).isTrue();
    }

    assertThat(observationsSeen()).hasSize(3);
  }

  @Test
  void shouldPublishEachRecordOnceWhenAFileIsRunAgainAfterACrashMidTransaction() {
    List<Observation> observations = TestObservations.gdp(40);
    Batch batch = batch("crashed", observations);
    try (Publisher publisher = open()) {
      // A previous run of the same file died after sending half: its transaction is still open.
      KafkaProducer<String, byte[]> crashed = rawProducer(publisher.transactionalId(batch));
      crashed.initTransactions();
      crashed.beginTransaction();
      for (Observation observation : observations.subList(0, 20)) {
        crashed.send(
            new ProducerRecord<>(
                config.topics().observations().name(), observation.key(), new byte[] {0}));
      }
      crashed.flush();

      PublishResult rerun = publisher.publishOnce(batch, PublishListener.NONE);

      assertThat(rerun.outcome()).isEqualTo(PublishResult.Outcome.COMMITTED);
      crashed.close(Duration.ZERO);
    }

    assertThat(observationsSeen())
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrderElementsOf(observations.stream().map(Observation::key).toList());
  }

  @Test
  void shouldSendNothingWhenTheSameBatchIsPublishedOnceAgain() {
    List<Observation> observations = TestObservations.gdp(5);
    try (Publisher publisher = open()) {
      assertThat(
              publisher.publishOnce(batch("twice", observations), PublishListener.NONE).outcome())
          .isEqualTo(PublishResult.Outcome.COMMITTED);
    }
    // A new process: the ledger on the broker, not memory, remembers the batch.
    try (Publisher publisher = open()) {
      PublishResult second =
          publisher.publishOnce(batch("twice", observations), PublishListener.NONE);

      assertThat(second.outcome()).isEqualTo(PublishResult.Outcome.ALREADY_PUBLISHED);
      assertThat(second.published()).isZero();
    }

    assertThat(observationsSeen()).hasSize(5);
  }

  @Test
  void shouldCountAcknowledgedRecordsBytesAndLatency() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    try (Publisher publisher = Publisher.open(config, new PublishMetrics(meters))) {
      publisher.publish(batch("metrics", TestObservations.gdp(7)), PublishListener.NONE);
    }

    assertThat(meters.get("planwatch.producer.records.sent").counter().count()).isEqualTo(7);
    assertThat(meters.get("planwatch.producer.send.latency").timer().count()).isEqualTo(7);
    assertThat(meters.get("planwatch.producer.bytes").summary().totalAmount()).isPositive();
    assertThat(
            meters
                .get("planwatch.producer.transactions")
                .tag("outcome", "committed")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void shouldNameTheBrokerAddressWhenNoBrokerAnswers() {
    PublisherConfig unreachable =
        PublisherConfig.of("localhost:" + ClosedPort.find(), registry.url())
            .withTimeout(Duration.ofSeconds(2));

    assertThatThrownBy(() -> Connectivity.check(unreachable))
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("Kafka broker at " + unreachable.bootstrapServers());
  }

  @Test
  void shouldNameTheRegistryAddressWhenNoRegistryAnswers() {
    String url = "http://localhost:" + ClosedPort.find();
    PublisherConfig unreachable =
        new PublisherConfig(
            config.kafka(),
            Map.of("schema.registry.url", url, "max.retries", "0"),
            config.topics(),
            config.transactionalIdPrefix(),
            1,
            (short) 1,
            Duration.ofSeconds(2));

    assertThatThrownBy(() -> Connectivity.check(unreachable))
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("schema registry at " + url);
  }

  private Publisher open() {
    return Publisher.open(config, new PublishMetrics(new SimpleMeterRegistry()));
  }

  private Batch batch(String name, List<Observation> observations) {
    return Batch.ofFile(
        "test", name, name + ".csv", Records.observations(config.topics(), observations));
  }

  private List<ConsumerRecord<String, StatisticalObservation>> observationsSeen() {
    return TopicContents.committed(
        broker.bootstrapServers(),
        registry.url(),
        config.topics().observations().name(),
        StatisticalObservation.class);
  }

  private KafkaProducer<String, byte[]> rawProducer(String transactionalId) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ProducerConfig.TRANSACTIONAL_ID_CONFIG,
            transactionalId),
        new StringSerializer(),
        new ByteArraySerializer());
  }

  /** The observations topic's log end offsets, summed: every record sent, committed or not. */
  private long logEndOffsets() {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      String topic = config.topics().observations().name();
      Map<TopicPartition, OffsetSpec> request = new HashMap<>();
      for (TopicPartitionInfo partition :
          admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()) {
        request.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest());
      }
      return admin
          .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED))
          .all()
          .get()
          .values()
          .stream()
          .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset)
          .sum();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
