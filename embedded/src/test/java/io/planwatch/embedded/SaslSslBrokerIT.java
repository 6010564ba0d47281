package io.planwatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.embedded.test.KafkaTestClients;
import io.planwatch.embedded.test.TestCertificates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The client listener secured with SASL_SSL and SCRAM-SHA-512, with a CA made at test time. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SaslSslBrokerIT {
  private static final String USER = "planwatch-app";

  @TempDir Path dataDir;

  @Test
  void shouldServeScramUsersOverTlsAndRefuseWrongPasswords() throws Exception {
    TestCertificates tls = TestCertificates.shared();
    try (EmbeddedKafkaBroker broker = secured(tls, "first-secret").start()) {
      assertThat(broker.securityProtocol()).isEqualTo("SASL_SSL");
      KafkaTestClients clients =
          new KafkaTestClients(
              broker.bootstrapServers(), tls.kafkaClientSettings(USER, "first-secret"));
      String topic = KafkaTestClients.uniqueTopic("secured");
      clients.createTopics(1, topic);

      // Transactions need the broker's markers to itself, over the loopback listener.
      Map<String, Object> producerProps = clients.producerProps();
      producerProps.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, topic + "-tx");
      try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps)) {
        producer.initTransactions();
        producer.beginTransaction();
        producer.send(
            new ProducerRecord<>(topic, "k", "over TLS".getBytes(StandardCharsets.UTF_8)));
        producer.commitTransaction();
      }
      Map<String, Object> consumerProps = clients.consumerProps();
      consumerProps.put("isolation.level", "read_committed");
      try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps)) {
        consumer.subscribe(List.of(topic));
        assertThat(KafkaTestClients.poll(consumer, 1))
            .extracting(ConsumerRecord::key)
            .containsExactly("k");
      }

      assertThatThrownBy(() -> describeCluster(broker, tls.kafkaClientSettings(USER, "wrong")))
          .hasRootCauseInstanceOf(SaslAuthenticationException.class)
          .rootCause()
          .hasMessageContaining("invalid credentials");
      assertThatThrownBy(
              () ->
                  describeCluster(
                      broker, Map.of(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT")))
          .as("a PLAINTEXT client gets no answer from the TLS listener")
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
    }
  }

  @Test
  void shouldSetTheConfiguredPasswordOnADataDirectoryFormattedEarlier() throws Exception {
    TestCertificates tls = TestCertificates.shared();
    secured(tls, "first-secret").start().close();

    try (EmbeddedKafkaBroker broker = secured(tls, "second-secret").start()) {
      assertThat(describeCluster(broker, tls.kafkaClientSettings(USER, "second-secret")))
          .isEqualTo(broker.clusterId().orElseThrow());
      assertThatThrownBy(
              () -> describeCluster(broker, tls.kafkaClientSettings(USER, "first-secret")))
          .hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }
  }

  @Test
  void shouldRefuseScramUsersWithoutASecuredListener() {
    assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().scramUser(USER, "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("saslSsl");
  }

  private EmbeddedKafkaBroker secured(TestCertificates tls, String password) {
    return EmbeddedKafkaBroker.builder()
        .dataDir(dataDir)
        .saslSsl(tls.keyStore(), tls.password())
        .scramUser(USER, password)
        .build();
  }

  private static String describeCluster(EmbeddedKafkaBroker broker, Map<String, Object> security)
      throws Exception {
    Map<String, Object> props = new HashMap<>(security);
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    try (Admin admin = Admin.create(props)) {
      return admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
    }
  }
}
