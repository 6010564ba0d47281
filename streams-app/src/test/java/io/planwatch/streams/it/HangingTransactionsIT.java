package io.planwatch.streams.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaTestClients;
import io.planwatch.streams.runtime.HangingTransactions;
import io.planwatch.streams.runtime.HangingTransactions.OpenTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TransactionalIdNotFoundException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real hanging transaction on a real broker, made the way a crash makes one: a producer leaves a
 * transaction open on a changelog partition, then the transaction-state log forgets it (its
 * segments are deleted while the broker is down). The partition's last stable offset then stays
 * below its end for good. The start-up check must abort exactly that transaction, and leave alone a
 * transaction its coordinator still lists, however old.
 */
class HangingTransactionsIT {

  private static final String APP = "hang-app";
  private static final String CHANGELOG = APP + "-store-changelog";
  private static final String OUTPUT = "hang-output";
  private static final String INPUT = "hang-input";
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

  @TempDir Path dataDir;

  @Test
  void shouldAbortTheTransactionTheCoordinatorForgotAndKeepTheOneItKnows() throws Exception {
    final TopicPartition crashed = new TopicPartition(CHANGELOG, 0);
    final TopicPartition live = new TopicPartition(CHANGELOG, 1);
    long crashedProducerId;
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(dataDir).build()) {
      broker.start();
      final KafkaTestClients clients = new KafkaTestClients(broker.bootstrapServers());
      clients.createTopics(2, CHANGELOG);
      clients.createTopics(1, OUTPUT, INPUT);
      final KafkaProducer<String, byte[]> producer =
          new KafkaProducer<>(transactional(clients, "crashed-instance"));
      producer.initTransactions();
      producer.beginTransaction();
      for (int i = 0; i < 3; i++) {
        producer.send(new ProducerRecord<>(CHANGELOG, 0, "k" + i, new byte[] {1})).get();
      }
      try (Admin admin = clients.admin()) {
        crashedProducerId =
            admin
                .describeProducers(List.of(crashed))
                .partitionResult(crashed)
                .get()
                .activeProducers()
                .get(0)
                .producerId();
      }
      broker.close();
      producer.close(Duration.ZERO);
    }
    forgetTransactionState(dataDir);

    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(dataDir).build()) {
      broker.start();
      final KafkaTestClients clients = new KafkaTestClients(broker.bootstrapServers());
      try (Admin admin = clients.admin();
          KafkaProducer<String, byte[]> liveProducer =
              new KafkaProducer<>(transactional(clients, "live-instance"))) {
        liveProducer.initTransactions();
        liveProducer.beginTransaction();
        liveProducer.send(new ProducerRecord<>(CHANGELOG, 1, "live", new byte[] {2})).get();
        // Older than the check's timeout, yet its coordinator lists the partition.
        Thread.sleep(CHECK_TIMEOUT.toMillis() + 500);

        assertThat(stableOffset(admin, crashed)).as("held by the hanging transaction").isZero();
        assertThat(endOffset(admin, crashed)).isEqualTo(3);
        assertThatThrownBy(
                () ->
                    admin
                        .describeTransactions(List.of("crashed-instance"))
                        .description("crashed-instance")
                        .get())
            .hasCauseInstanceOf(TransactionalIdNotFoundException.class);

        final HangingTransactions check =
            new HangingTransactions(admin, CHECK_TIMEOUT, Clock.systemUTC());
        final List<TopicPartition> owned = check.ownedPartitions(APP, topology());
        assertThat(owned)
            .containsExactly(crashed, live, new TopicPartition(OUTPUT, 0))
            .doesNotContain(new TopicPartition(INPUT, 0));

        final List<OpenTransaction> aborted = check.abortHanging(owned);

        assertThat(aborted)
            .singleElement()
            .satisfies(
                t -> {
                  assertThat(t.partition()).isEqualTo(crashed);
                  assertThat(t.producerId()).isEqualTo(crashedProducerId);
                  assertThat(t.startOffset()).isZero();
                });
        assertThat(stableOffset(admin, crashed))
            .as("an abort marker ends the transaction")
            .isEqualTo(endOffset(admin, crashed));
        assertThat(stableOffset(admin, live)).as("the live transaction is still open").isZero();

        liveProducer.commitTransaction();
        // The coordinator writes the commit markers after it answered the commit.
        await()
            .atMost(Duration.ofSeconds(60))
            .untilAsserted(
                () -> assertThat(stableOffset(admin, live)).isEqualTo(endOffset(admin, live)));
        assertThat(check.abortHanging(owned)).as("nothing left to abort").isEmpty();
      }
    }
  }

  private static Map<String, Object> transactional(
      final KafkaTestClients clients, final String transactionalId) {
    final Map<String, Object> props = new HashMap<>(clients.producerProps());
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    // Long enough that the coordinator does not time the transactions out during the test.
    props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 120_000);
    return props;
  }

  /** A topology reading {@link #INPUT} and writing {@link #OUTPUT}: only the output is owned. */
  private static TopologyDescription topology() {
    final StreamsBuilder builder = new StreamsBuilder();
    builder.stream(INPUT, Consumed.with(Serdes.String(), Serdes.ByteArray()))
        .to(OUTPUT, Produced.with(Serdes.String(), Serdes.ByteArray()));
    return builder.build().describe();
  }

  /**
   * Deletes the segments of every transaction-state partition while the broker is down: on restart
   * the coordinator loads empty partitions and knows no transaction any more.
   */
  private static void forgetTransactionState(final Path dataDir) throws IOException {
    final List<Path> partitions;
    try (Stream<Path> dirs = Files.list(dataDir)) {
      partitions =
          dirs.filter(d -> d.getFileName().toString().startsWith("__transaction_state-")).toList();
    }
    assertThat(partitions).isNotEmpty();
    for (final Path partition : partitions) {
      try (Stream<Path> files = Files.list(partition)) {
        for (final Path file : files.collect(Collectors.toList())) {
          final String name = file.getFileName().toString();
          if (name.endsWith(".log")
              || name.endsWith(".index")
              || name.endsWith(".timeindex")
              || name.endsWith(".snapshot")
              || name.equals("leader-epoch-checkpoint")) {
            Files.delete(file);
          }
        }
      }
    }
  }

  private static long stableOffset(final Admin admin, final TopicPartition partition)
      throws ExecutionException, InterruptedException {
    return offset(admin, partition, IsolationLevel.READ_COMMITTED);
  }

  private static long endOffset(final Admin admin, final TopicPartition partition)
      throws ExecutionException, InterruptedException {
    return offset(admin, partition, IsolationLevel.READ_UNCOMMITTED);
  }

  private static long offset(
      final Admin admin, final TopicPartition partition, final IsolationLevel isolation)
      throws ExecutionException, InterruptedException {
    return admin
        .listOffsets(Map.of(partition, OffsetSpec.latest()), new ListOffsetsOptions(isolation))
        .partitionResult(partition)
        .get()
        .offset();
  }
}
