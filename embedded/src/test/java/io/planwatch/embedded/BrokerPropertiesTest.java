package io.planwatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import kafka.server.KafkaConfig;
import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {
  private static BrokerSettings settings(Map<String, String> overrides) {
    return new BrokerSettings(
        "localhost",
        1,
        19092,
        19093,
        Path.of("kafka-data"),
        false,
        3,
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        overrides,
        0,
        Optional.empty());
  }

  @Test
  void shouldGiveInternalTopicsOneReplicaSoTransactionsWorkOnOneNode() {
    Map<String, Object> props = BrokerProperties.of(settings(Map.of()));

    assertThat(props)
        .containsEntry("offsets.topic.replication.factor", "1")
        .containsEntry("transaction.state.log.replication.factor", "1")
        .containsEntry("transaction.state.log.min.isr", "1")
        .containsEntry("min.insync.replicas", "1")
        .containsEntry("group.initial.rebalance.delay.ms", "0")
        .containsEntry("num.partitions", "3")
        .containsEntry("auto.create.topics.enable", "false");
  }

  @Test
  void shouldAdvertiseBrokerListenerAndVoteWithControllerListener() {
    KafkaConfig config = new KafkaConfig(BrokerProperties.of(settings(Map.of())), false);

    assertThat(config.getList("process.roles")).containsExactly("broker", "controller");
    assertThat(config.getList("advertised.listeners"))
        .containsExactly("PLAINTEXT://localhost:19092");
    assertThat(config.getList("controller.quorum.voters")).containsExactly("1@localhost:19093");
    assertThat(config.getList("listeners"))
        .containsExactly("PLAINTEXT://localhost:19092", "CONTROLLER://localhost:19093");
  }

  @Test
  void shouldPutClientsOnSaslSslAndTheBrokersOwnTrafficOnLoopback() {
    BrokerSettings plain = settings(Map.of());
    BrokerSettings secured =
        new BrokerSettings(
            plain.host(),
            plain.nodeId(),
            plain.listenerPort(),
            plain.controllerPort(),
            plain.dataDir(),
            false,
            1,
            plain.startupTimeout(),
            plain.shutdownTimeout(),
            Map.of(),
            19094,
            Optional.of(
                new ListenerSecurity(Path.of("broker.p12"), "store-secret", Map.of("app", "pw"))));

    KafkaConfig config = new KafkaConfig(BrokerProperties.of(secured), false);

    assertThat(config.getList("advertised.listeners"))
        .containsExactly("SASL_SSL://localhost:19092", "INTERNAL://127.0.0.1:19094");
    assertThat(config.getString("inter.broker.listener.name")).isEqualTo("INTERNAL");
    assertThat(BrokerProperties.of(secured))
        .containsEntry(
            "listener.security.protocol.map",
            "SASL_SSL:SASL_SSL,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT")
        .containsEntry("listener.name.sasl_ssl.sasl.enabled.mechanisms", "SCRAM-SHA-512")
        .containsEntry("listener.name.sasl_ssl.ssl.keystore.location", "broker.p12");
    assertThat(secured.adminBootstrapServers()).isEqualTo("127.0.0.1:19094");
  }

  @Test
  void shouldLetOverridesWinOverDefaults() {
    Map<String, Object> props =
        BrokerProperties.of(
            settings(Map.of("num.partitions", "6", "log.retention.hours", "1000000")));

    assertThat(props)
        .containsEntry("num.partitions", "6")
        .containsEntry("log.retention.hours", "1000000");
  }
}
