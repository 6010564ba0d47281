package io.planwatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.embedded.test.KafkaTestClients;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Brokers of their own: restart on the same data, two side by side, bounded close. */
class EmbeddedKafkaLifecycleIT {
  @TempDir Path tempDir;

  @Test
  void shouldResumeTopicsRecordsAndClusterIdAfterRestartOnSameDataDir() throws Exception {
    Path dataDir = tempDir.resolve("kafka");
    String topic = "survives-restart";
    String clusterId;
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(dataDir).build()) {
      broker.start();
      clusterId = broker.clusterId().orElseThrow();
      KafkaTestClients clients = new KafkaTestClients(broker.bootstrapServers());
      clients.createTopics(2, topic);
      try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(clients.producerProps())) {
        producer.send(new ProducerRecord<>(topic, "a", bytes("before restart"))).get();
      }
    }
    assertThat(Files.readString(dataDir.resolve("meta.properties"))).contains(clusterId);

    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(dataDir).build()) {
      broker.start();
      assertThat(broker.clusterId()).contains(clusterId);
      KafkaTestClients clients = new KafkaTestClients(broker.bootstrapServers());
      try (Admin admin = clients.admin()) {
        assertThat(admin.listTopics().names().get()).contains(topic);
        assertThat(
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions())
            .hasSize(2);
      }
      try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(clients.consumerProps())) {
        consumer.subscribe(List.of(topic));
        List<ConsumerRecord<String, byte[]>> records = KafkaTestClients.poll(consumer, 1);
        assertThat(records).extracting(ConsumerRecord::key).containsExactly("a");
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8))
            .isEqualTo("before restart");
      }
    }
  }

  @Test
  void shouldRunTwoBrokersSideBySideAndCloseEachWithinItsBound() throws Exception {
    Duration bound = Duration.ofSeconds(20);
    EmbeddedKafkaBroker first =
        EmbeddedKafkaBroker.builder()
            .dataDir(tempDir.resolve("one"))
            .shutdownTimeout(bound)
            .build();
    EmbeddedKafkaBroker second =
        EmbeddedKafkaBroker.builder()
            .dataDir(tempDir.resolve("two"))
            .shutdownTimeout(bound)
            .build();
    try (first;
        second) {
      first.start();
      second.start();
      assertThat(first.port()).isNotEqualTo(second.port());
      assertThat(first.clusterId()).isNotEqualTo(second.clusterId());

      new KafkaTestClients(first.bootstrapServers()).createTopics(1, "only-on-first");
      try (Admin admin = new KafkaTestClients(second.bootstrapServers()).admin()) {
        assertThat(admin.listTopics().names().get()).doesNotContain("only-on-first");
      }

      long begin = System.nanoTime();
      first.close();
      assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(bound.plusSeconds(5));
      assertThat(first.isRunning()).isFalse();
      first.close();

      // The second broker is unaffected by the first one's shutdown.
      try (Admin admin = new KafkaTestClients(second.bootstrapServers()).admin()) {
        assertThat(admin.describeCluster().nodes().get()).hasSize(1);
      }
    }
    assertThat(second.isRunning()).isFalse();
  }

  @Test
  void shouldFailWithClearErrorWhenListenerPortIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      EmbeddedKafkaBroker broker =
          EmbeddedKafkaBroker.builder()
              .port(taken.getLocalPort())
              .dataDir(tempDir.resolve("taken"))
              .startupTimeout(Duration.ofSeconds(20))
              .build();
      try (broker) {
        assertThatThrownBy(broker::start).hasStackTraceContaining("" + taken.getLocalPort());
        assertThat(broker.isRunning()).isFalse();
      }
    }
  }

  @Test
  void shouldRefuseSecondBrokerOnDataDirInUseAndLeaveFirstRunning() throws Exception {
    Path dataDir = tempDir.resolve("shared");
    try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.builder().dataDir(dataDir).build();
        EmbeddedKafkaBroker second = EmbeddedKafkaBroker.builder().dataDir(dataDir).build()) {
      first.start();

      assertThatThrownBy(second::start)
          .hasMessageContaining(dataDir.toString())
          .hasMessageContaining("in use by another broker");

      assertThat(second.isRunning()).isFalse();
      try (Admin admin = new KafkaTestClients(first.bootstrapServers()).admin()) {
        assertThat(admin.describeCluster().nodes().get()).hasSize(1);
      }
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
