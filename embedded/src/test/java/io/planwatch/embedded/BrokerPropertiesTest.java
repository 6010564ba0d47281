package io.planwatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
        overrides);
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
  void shouldLetOverridesWinOverDefaults() {
    Map<String, Object> props =
        BrokerProperties.of(
            settings(Map.of("num.partitions", "6", "log.retention.hours", "1000000")));

    assertThat(props)
        .containsEntry("num.partitions", "6")
        .containsEntry("log.retention.hours", "1000000");
  }
}
