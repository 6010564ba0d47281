package io.planwatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.embedded.test.KafkaTestClients;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class EmbeddedKafkaBrokerIT {

  @Test
  void shouldDeliverProducedRecordsInOrderToConsumer(KafkaTestClients clients) throws Exception {
    String topic = KafkaTestClients.uniqueTopic("plain");
    clients.createTopics(1, topic);

    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(clients.producerProps())) {
      for (int i = 0; i < 10; i++) {
        producer.send(new ProducerRecord<>(topic, "key-" + i, bytes("value-" + i))).get();
      }
    }

    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(clients.consumerProps())) {
      consumer.subscribe(List.of(topic));
      List<ConsumerRecord<String, byte[]>> records = KafkaTestClients.poll(consumer, 10);
      assertThat(records).extracting(ConsumerRecord::key).hasSize(10).startsWith("key-0");
      assertThat(records)
          .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
          .endsWith("value-9");
    }
  }

  @Test
  void shouldShowCommittedAndHideAbortedTransactionsToReadCommittedConsumer(
      KafkaTestClients clients) {
    String topic = KafkaTestClients.uniqueTopic("transactions");
    clients.createTopics(1, topic);
    Map<String, Object> producerProps = clients.producerProps();
    producerProps.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, topic + "-tx");

    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps)) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k", bytes("committed-1")));
      producer.send(new ProducerRecord<>(topic, "k", bytes("committed-2")));
      producer.commitTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k", bytes("aborted")));
      producer.flush();
      producer.abortTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k", bytes("committed-3")));
      producer.commitTransaction();
    }

    assertThat(values(clients, topic, IsolationLevel.READ_COMMITTED, 3))
        .containsExactly("committed-1", "committed-2", "committed-3");
    // The aborted record was really written: a read_uncommitted consumer sees it.
    assertThat(values(clients, topic, IsolationLevel.READ_UNCOMMITTED, 4))
        .containsExactly("committed-1", "committed-2", "aborted", "committed-3");
  }

  @Test
  void shouldNotCreateTopicsImplicitlyByDefault(KafkaTestClients clients) throws Exception {
    String topic = KafkaTestClients.uniqueTopic("never-created");
    Map<String, Object> producerProps = clients.producerProps();
    producerProps.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000);

    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps)) {
      assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, "k", bytes("v"))).get())
          .isInstanceOfAny(TimeoutException.class, ExecutionException.class)
          .hasMessageContaining(topic);
    }
    try (var admin = clients.admin()) {
      assertThat(admin.listTopics().names().get()).doesNotContain(topic);
    }
  }

  private static List<String> values(
      KafkaTestClients clients, String topic, IsolationLevel isolation, int expected) {
    Map<String, Object> props = clients.consumerProps();
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation.toString());
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topic));
      return KafkaTestClients.poll(consumer, expected).stream()
          .map(r -> new String(r.value(), StandardCharsets.UTF_8))
          .toList();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
